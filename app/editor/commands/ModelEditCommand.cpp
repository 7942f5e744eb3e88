#include "ModelEditCommand.h"

#include "Document.h"

namespace latch {

ModelEditCommand::ModelEditCommand(Document* document, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
{
}

void ModelEditCommand::redo()
{
    if (!m_regenerated)
        m_before = m_document->model().threats; // shared, not copied, until it changes
    apply();
    if (!m_regenerated) {
        m_document->regenerateThreats(touched());
        m_after = m_document->model().threats;
        m_regenerated = true;
    } else {
        m_document->setThreats(m_after);
    }
}

void ModelEditCommand::undo()
{
    revert();
    m_document->setThreats(m_before);
}

} // namespace latch
