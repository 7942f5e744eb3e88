#include "RemoveElementsCommand.h"

#include "Document.h"

#include <algorithm>

namespace latch {

RemoveElementsCommand::RemoveElementsCommand(Document* document, QString diagramId,
                                             const QStringList& ids, const QString& text,
                                             QUndoCommand* parent)
    : ModelEditCommand(document, text, parent)
    , m_diagramId(std::move(diagramId))
    , m_ids(ids)
{
}

void RemoveElementsCommand::apply()
{
    m_removed.clear();
    for (const QString& id : m_ids) {
        const qsizetype index = m_document->elementIndex(m_diagramId, id);
        if (index >= 0)
            m_removed.append({index, *m_document->element(id)});
    }
    std::sort(m_removed.begin(), m_removed.end(),
              [](const Removed& a, const Removed& b) { return a.index < b.index; });
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        m_document->removeElement(m_diagramId, it->element.id);
}

void RemoveElementsCommand::revert()
{
    for (const Removed& removed : m_removed)
        m_document->insertElement(m_diagramId, removed.index, removed.element);
}

} // namespace latch
