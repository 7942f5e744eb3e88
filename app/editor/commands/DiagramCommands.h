#pragma once

#include "model/Diagram.h"

#include "ModelEditCommand.h"

#include <QUndoCommand>

namespace latch {

class Document;

// Adds a diagram page at a position.
class AddDiagramCommand : public ModelEditCommand
{
public:
    AddDiagramCommand(Document* document, Diagram diagram, qsizetype index);

private:
    void apply() override;
    void revert() override;
    QStringList touched() const override;

    Diagram m_diagram;
    qsizetype m_index;
};

// Removes a diagram page with everything on it; undo restores it in place. Its elements'
// threats become obsolete.
class RemoveDiagramCommand : public ModelEditCommand
{
public:
    RemoveDiagramCommand(Document* document, const QString& diagramId);

private:
    void apply() override;
    void revert() override;
    QStringList touched() const override { return m_elementIds; }

    QStringList m_elementIds;
    QString m_diagramId;
    Diagram m_removed;
    qsizetype m_index = -1;
};

// Moves a diagram page to another position among the tabs.
class MoveDiagramCommand : public QUndoCommand
{
public:
    MoveDiagramCommand(Document* document, const QString& diagramId, qsizetype to);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    QString m_diagramId;
    qsizetype m_from;
    qsizetype m_to;
};

// Renames a diagram page.
class RenameDiagramCommand : public QUndoCommand
{
public:
    RenameDiagramCommand(Document* document, const QString& diagramId, QString name);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    QString m_diagramId;
    QString m_before;
    QString m_after;
};

} // namespace latch
