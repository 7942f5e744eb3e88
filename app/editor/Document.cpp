#include "Document.h"

#include "ConflictedFile.h"
#include "engine/RuleLibraryLoader.h"
#include "format/ModelFile.h"
#include "format/TmodelFormat.h"
#include "model/IdGenerator.h"

#include <QFile>
#include <QFileInfo>

namespace latch {

Document::Document(Model model, QObject* parent)
    : QObject(parent)
    , m_model(std::move(model))
    , m_recoveryKey(IdGenerator::newId(IdKind::Diagram).mid(2))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    loadLibrary();
    // Connected first, so the summary is stale before any view asks for it again.
    connect(this, &Document::threatsChanged, this, [this] { m_riskValid = false; });
    connect(this, &Document::threatChanged, this, [this] { m_riskValid = false; });
}

namespace {

// The built-in library and the user folder, with the files that failed: the same for every
// document, loaded once.
struct StandardLibrary
{
    RuleLibrary library;
    QStringList errors;
};

const StandardLibrary& standardLibrary()
{
    static const StandardLibrary standard = [] {
        StandardLibrary loaded;
        loaded.library = RuleLibraryLoader::standard(&loaded.errors);
        return loaded;
    }();
    return standard;
}

} // namespace

void Document::loadLibrary()
{
    m_library = standardLibrary().library;
    m_libraryErrors = standardLibrary().errors;
    if (!m_model.embeddedLibrary.isEmpty()) {
        QString error;
        if (!RuleLibraryLoader::loadModelLibrary(m_model.embeddedLibrary,
                                                 tr("the model's own library"), m_library, &error))
            m_libraryErrors.append(error);
    }
    m_generator = std::make_unique<ThreatGenerator>(m_library);
    m_generator->setKeepUnknownRules(!m_libraryErrors.isEmpty());
    m_threatText =
        std::make_unique<ThreatText>(m_model, [this](const QString& id) { return element(id); });
}

bool Document::canUseLibrary(const QByteArray& json, QString* error) const
{
    if (json.isEmpty())
        return true;
    RuleLibrary check = standardLibrary().library; // layered as it will be
    return RuleLibraryLoader::loadModelLibrary(json, tr("the model's own library"), check, error);
}

bool Document::setEmbeddedLibrary(const QByteArray& json, QString* error)
{
    if (!canUseLibrary(json, error))
        return false;
    restoreEmbeddedLibrary(json);
    return true;
}

void Document::restoreEmbeddedLibrary(const QByteArray& json)
{
    m_model.embeddedLibrary = json;
    loadLibrary();
    Q_EMIT libraryChanged();
}

void Document::regenerateAllThreats()
{
    m_generator->registerReplaced();
    if (m_generator->generate(m_model).changedModel())
        Q_EMIT threatsChanged();
}

Document* Document::open(const QString& path, QString* error, QObject* parent)
{
    auto model = ModelFile::load(path, error);
    if (!model)
        return openConflicted(path, error, parent);
    auto* document = new Document(std::move(*model), parent);
    document->m_filePath = QFileInfo(path).absoluteFilePath();
    return document;
}

Document* Document::openConflicted(const QString& path, QString* error, QObject* parent)
{
    QFile file(path);
    if (file.size() > TmodelFormat::maximumFileSize || !file.open(QIODevice::ReadOnly) ||
        !ConflictedFile::hasMarkers(file.readAll()))
        return nullptr; // the loader's error stands
    auto merged = ConflictedFile::merge(path, error);
    if (!merged)
        return nullptr;
    auto* document = new Document(std::move(merged->model), parent);
    if (merged->rederive)
        document->regenerateAllThreats();
    document->m_filePath = QFileInfo(path).absoluteFilePath();
    document->m_mergedOnOpen = true;
    // The merge is unsaved until the user saves it over the text markers.
    document->m_undoStack.resetClean();
    return document;
}

void Document::setConflicts(const QVector<MergeConflict>& conflicts)
{
    if (m_model.conflicts == conflicts)
        return;
    m_model.conflicts = conflicts;
    Q_EMIT conflictsChanged();
}

Document* Document::restore(const QString& recoveryFile, const QString& originalPath,
                            QString* error, QObject* parent)
{
    auto model = ModelFile::load(recoveryFile, error);
    if (!model)
        return nullptr;
    auto* document = new Document(std::move(*model), parent);
    document->m_filePath = originalPath;
    // Restored work is unsaved until the user saves it.
    document->m_undoStack.resetClean();
    return document;
}

Document* Document::fromImport(Model model, QObject* parent)
{
    auto* document = new Document(std::move(model), parent);
    // Unsaved work: closing the window asks before it is lost.
    document->m_undoStack.resetClean();
    return document;
}

bool Document::save(const QString& path, QString* error)
{
    if (!ModelFile::save(m_model, path, error))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != m_filePath) {
        m_filePath = absolute;
        Q_EMIT filePathChanged(m_filePath);
    }
    m_undoStack.setClean();
    return true;
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

const Diagram* Document::diagram(const QString& diagramId) const
{
    for (const Diagram& d : m_model.diagrams) {
        if (d.id == diagramId)
            return &d;
    }
    return nullptr;
}

Diagram* Document::mutableDiagram(const QString& diagramId)
{
    for (Diagram& d : m_model.diagrams) {
        if (d.id == diagramId)
            return &d;
    }
    return nullptr;
}

qsizetype Document::diagramIndex(const QString& diagramId) const
{
    for (qsizetype i = 0; i < m_model.diagrams.size(); ++i) {
        if (m_model.diagrams.at(i).id == diagramId)
            return i;
    }
    return -1;
}

const Element* Document::element(const QString& elementId) const
{
    return m_index.element(elementId);
}

QString Document::diagramOf(const QString& elementId) const
{
    const Diagram* d = m_index.diagramOf(elementId);
    return d ? d->id : QString();
}

qsizetype Document::elementIndex(const QString& diagramId, const QString& elementId) const
{
    const Diagram* d = m_index.diagramOf(elementId);
    return d && d->id == diagramId ? m_index.positionOf(elementId) : -1;
}

void Document::regenerateThreats(const QStringList& changedElementIds)
{
    const GenerationReport report =
        m_generator->update(m_model, m_index, changedElementIds, m_removedElements);
    m_removedElements.clear();
    if (report.changedModel())
        Q_EMIT threatsChanged();
}

void Document::setThreats(const QVector<Threat>& threats)
{
    m_model.threats = threats;
    m_generator->registerReplaced();
    Q_EMIT threatsChanged();
}

const RiskSummary& Document::riskSummary() const
{
    if (!m_riskValid) {
        m_risk = RiskSummary::of(m_model);
        m_riskValid = true;
    }
    return m_risk;
}

void Document::replaceThreat(const Threat& threat)
{
    for (Threat& t : m_model.threats) {
        if (t.id == threat.id) {
            t = threat;
            Q_EMIT threatChanged(threat.id);
            return;
        }
    }
    Q_ASSERT_X(false, "Document::replaceThreat", "no such threat");
}

void Document::setMitigations(const QVector<Mitigation>& mitigations)
{
    m_model.mitigations = mitigations;
    Q_EMIT mitigationsChanged();
}

void Document::setFrameworks(const QStringList& frameworks)
{
    m_model.frameworks = frameworks;
    Q_EMIT objectivesChanged();
}

void Document::setObjectives(const ModelObjectives& objectives)
{
    const bool methodChanged = objectives.riskMethod != m_model.riskMethod;
    objectives.applyTo(m_model);
    Q_EMIT objectivesChanged();
    if (methodChanged)
        Q_EMIT threatsChanged(); // every band is read under the other method now
}

void Document::insertElement(const QString& diagramId, qsizetype index, const Element& element)
{
    Diagram* d = mutableDiagram(diagramId);
    Q_ASSERT(d);
    const qsizetype at = std::clamp<qsizetype>(index, 0, d->elements.size());
    d->elements.insert(at, element);
    if (at == d->elements.size() - 1)
        m_index.elementAppended(int(diagramIndex(diagramId)));
    else
        m_index.invalidate();
    m_removedElements.remove(element.id);
    Q_EMIT elementInserted(diagramId, element.id);
}

Element Document::removeElement(const QString& diagramId, const QString& elementId)
{
    Diagram* d = mutableDiagram(diagramId);
    const qsizetype index = elementIndex(diagramId, elementId);
    Q_ASSERT(d && index >= 0);
    Element removed = d->elements.takeAt(index);
    m_index.invalidate();
    // The next regeneration obsoletes its threats; a boundary's diagram is evaluated again.
    m_removedElements.insert(elementId, {int(diagramIndex(diagramId)), removed.kind});
    Q_EMIT elementRemoved(diagramId, elementId);
    return removed;
}

void Document::replaceElement(const Element& element)
{
    const int d = m_index.diagramIndexOf(element.id);
    const qsizetype at = m_index.positionOf(element.id);
    Q_ASSERT(d >= 0 && at >= 0);
    Element& slot = m_model.diagrams[d].elements[at];
    const Element before = slot;
    slot = element;
    m_index.elementReplaced(before, element);
    Q_EMIT elementChanged(m_model.diagrams.at(d).id, element.id);
}

void Document::insertDiagram(qsizetype index, const Diagram& diagram)
{
    m_model.diagrams.insert(std::clamp<qsizetype>(index, 0, m_model.diagrams.size()), diagram);
    m_index.invalidate();
    Q_EMIT diagramsChanged();
}

Diagram Document::removeDiagram(const QString& diagramId)
{
    const qsizetype index = diagramIndex(diagramId);
    Q_ASSERT(index >= 0);
    Diagram removed = m_model.diagrams.takeAt(index);
    m_index.invalidate();
    Q_EMIT diagramsChanged();
    return removed;
}

void Document::moveDiagram(const QString& diagramId, qsizetype index)
{
    const qsizetype from = diagramIndex(diagramId);
    if (from < 0)
        return;
    m_model.diagrams.move(from, std::clamp<qsizetype>(index, 0, m_model.diagrams.size() - 1));
    m_index.invalidate();
    Q_EMIT diagramsChanged();
}

void Document::renameDiagram(const QString& diagramId, const QString& name)
{
    if (Diagram* d = mutableDiagram(diagramId)) {
        d->name = name;
        Q_EMIT diagramsChanged();
    }
}

} // namespace latch
