#include "CanvasMarks.h"

#include "Document.h"
#include "diff/ModelDiff.h"
#include "merge/ConflictText.h"

namespace latch {

CanvasMarks::CanvasMarks(const Document* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    connect(m_document, &Document::conflictsChanged, this, &CanvasMarks::refreshConflicts);
    refreshConflicts();
}

CanvasMarks::~CanvasMarks() = default;

CanvasMarks::Mark CanvasMarks::markFor(const QString& elementId) const
{
    if (m_conflicts.contains(elementId))
        return Mark::Conflict;
    return m_changes.value(elementId, Mark::None);
}

void CanvasMarks::showComparison(std::shared_ptr<const Model> compared,
                                 const QVector<ModelChange>& changes)
{
    m_compared = std::move(compared);
    m_changes.clear();
    m_removed.clear();
    for (const ModelChange& change : changes) {
        const QString id = ModelDiff::elementOf(change, *m_compared, m_document->model());
        if (id.isEmpty())
            continue;
        if (!m_document->element(id)) {
            // Gone from the model: a ghost on the diagram the other version had it on.
            const Diagram* diagram = m_compared->diagramOf(id);
            if (diagram && !m_removed.value(diagram->id).contains(id))
                m_removed[diagram->id].append(id);
            continue;
        }
        const bool added =
            change.subject != QLatin1String("threat") && change.change == QLatin1String("added");
        if (added)
            m_changes.insert(id, Mark::Added);
        else if (!m_changes.contains(id))
            m_changes.insert(id, Mark::Changed); // an added element stays "added"
    }
    Q_EMIT changed();
}

void CanvasMarks::clearComparison()
{
    if (!m_compared && m_changes.isEmpty())
        return;
    m_compared.reset();
    m_changes.clear();
    m_removed.clear();
    Q_EMIT changed();
}

void CanvasMarks::refreshConflicts()
{
    const Model& model = m_document->model();
    m_conflicts.clear();
    for (const MergeConflict& conflict : model.conflicts) {
        const QString id = ConflictText::elementOf(model, conflict);
        if (!id.isEmpty())
            m_conflicts.insert(id, Mark::Conflict);
    }
    Q_EMIT changed();
}

} // namespace latch
