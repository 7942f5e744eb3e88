#pragma once

#include "ModelObjectives.h"
#include "engine/RiskSummary.h"
#include "engine/RuleLibrary.h"
#include "engine/ThreatGenerator.h"
#include "engine/ThreatText.h"
#include "model/Model.h"
#include "model/ModelIndex.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUndoStack>

namespace latch {

// One open model: the Model, its file, its undo stack. Views observe it through signals and
// refer to elements by id. Its mutators are private, for the undo commands only: every user
// edit is a QUndoCommand pushed on undoStack(), so it can be undone and marks the document
// modified.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(Model model, QObject* parent = nullptr);

    // Opens a file; nullptr with the loader's one-line error. Never writes. A model git left
    // with text markers opens as the merge of git's three versions (ConflictedFile), unsaved,
    // with its conflicts listed.
    static Document* open(const QString& path, QString* error, QObject* parent = nullptr);
    // Opens a recovery copy as unsaved work on the model at `originalPath` (may be empty).
    static Document* restore(const QString& recoveryFile, const QString& originalPath,
                             QString* error, QObject* parent = nullptr);
    // A model imported from another tool: unsaved, with no file yet.
    static Document* fromImport(Model model, QObject* parent = nullptr);
    bool save(const QString& path, QString* error);

    const Model& model() const { return m_model; }
    // The rules in force for this model: built-in, the user folder, the model's own library.
    const RuleLibrary& library() const { return m_library; }
    // Problems met while loading those libraries, one line each: the built-in library, the
    // user folder's files, the model's own library. While there is one, threats of rules the
    // library in force does not have are kept as they are (ThreatGenerator::setKeepUnknownRules).
    const QStringList& libraryErrors() const { return m_libraryErrors; }
    // Whether `json` loads as the model's own library, on top of the others as it would be
    // used; false with the loader's one-line error.
    bool canUseLibrary(const QByteArray& json, QString* error) const;
    // Threats' descriptions as the register shows them (rendered when not stored).
    const ThreatText& threatText() const { return *m_threatText; }
    QUndoStack* undoStack() { return &m_undoStack; }
    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }
    // Names this document's recovery copy; random, so two windows never share one.
    const QString& recoveryKey() const { return m_recoveryKey; }

    const Diagram* diagram(const QString& diagramId) const;
    qsizetype diagramIndex(const QString& diagramId) const;
    const Element* element(const QString& elementId) const;
    // Where elements are and which flows touch them, for the scene, the engine and the panels.
    const ModelIndex& index() const { return m_index; }
    // The diagram holding an element, or an empty string.
    QString diagramOf(const QString& elementId) const;
    qsizetype elementIndex(const QString& diagramId, const QString& elementId) const;
    const Threat* threat(const QString& threatId) const { return m_model.findThreat(threatId); }
    // Unresolved threats per element and band; recomputed after the register changed.
    const RiskSummary& riskSummary() const;
    // Whether the model was merged from git's versions when it was opened (the file on disk
    // still holds git's text markers until it is saved).
    bool mergedOnOpen() const { return m_mergedOnOpen; }

Q_SIGNALS:
    void elementInserted(const QString& diagramId, const QString& elementId);
    void elementChanged(const QString& diagramId, const QString& elementId);
    void elementRemoved(const QString& diagramId, const QString& elementId);
    void diagramsChanged();
    // The whole register may have changed (rows added, removed or reordered).
    void threatsChanged();
    // One threat's fields changed; the register's order did not.
    void threatChanged(const QString& threatId);
    void mitigationsChanged();
    void objectivesChanged();
    void libraryChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    // The merge conflicts left to resolve (Model::conflicts) changed.
    void conflictsChanged();

private:
    // The mutators, reachable only by the undo commands (commands/): every user edit is a
    // QUndoCommand, so it can be undone and marks the document modified.
    friend class AddElementsCommand;
    friend class AddDiagramCommand;
    friend class AlignCommand;
    friend class EditElementCommand;
    friend class EditObjectivesCommand;
    friend class SetFrameworksCommand;
    friend class EditThreatCommand;
    friend class ModelEditCommand;
    friend class MoveDiagramCommand;
    friend class MoveElementsCommand;
    friend class RegisterCommand;
    friend class RemoveDiagramCommand;
    friend class RemoveElementsCommand;
    friend class RenameDiagramCommand;
    friend class ResolveConflictCommand;
    friend class SetLibraryCommand;

    // Re-evaluates the rules for the changed elements (and the flows touching them): the
    // register follows the diagram. Commands keep the register before and after for undo.
    void regenerateThreats(const QStringList& changedElementIds);
    void setThreats(const QVector<Threat>& threats);
    void replaceThreat(const Threat& threat); // same id, new value
    void setMitigations(const QVector<Mitigation>& mitigations);
    void setObjectives(const ModelObjectives& objectives);
    void setFrameworks(const QStringList& frameworks);
    // The model's own rule library (compact JSON, empty for none): the library in force is
    // rebuilt. Returns false, leaving everything as it was, when it does not load.
    bool setEmbeddedLibrary(const QByteArray& json, QString* error);
    // Puts back a library the model had before (undo), whether it loads or not: a model opened
    // with a library that failed gets it back with its error, as it was.
    void restoreEmbeddedLibrary(const QByteArray& json);
    // Every element evaluated again (after the library changed).
    void regenerateAllThreats();

    void insertElement(const QString& diagramId, qsizetype index, const Element& element);
    Element removeElement(const QString& diagramId, const QString& elementId);
    void replaceElement(const Element& element); // same id, new value
    void insertDiagram(qsizetype index, const Diagram& diagram);
    Diagram removeDiagram(const QString& diagramId);
    void renameDiagram(const QString& diagramId, const QString& name);
    void moveDiagram(const QString& diagramId, qsizetype index);
    void setConflicts(const QVector<MergeConflict>& conflicts);

    void loadLibrary();
    static Document* openConflicted(const QString& path, QString* error, QObject* parent);
    Diagram* mutableDiagram(const QString& diagramId);

    Model m_model;
    bool m_mergedOnOpen = false;
    // The one index of the model (items look elements up on every paint), kept current by the
    // mutators below.
    ModelIndex m_index{m_model};
    // Elements removed since the last regeneration: their threats become obsolete.
    QHash<QString, ThreatGenerator::Removed> m_removedElements;
    mutable RiskSummary m_risk;
    mutable bool m_riskValid = false;
    RuleLibrary m_library;
    QStringList m_libraryErrors;
    std::unique_ptr<ThreatGenerator> m_generator; // over m_library, rebuilt with it
    std::unique_ptr<ThreatText> m_threatText;     // over the model's portable rules, likewise
    QString m_filePath;
    QString m_recoveryKey;
    QUndoStack m_undoStack;
};

} // namespace latch
