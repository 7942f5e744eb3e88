#include "SetFrameworksCommand.h"

#include "Document.h"
#include "model/Model.h"

namespace latch {

SetFrameworksCommand::SetFrameworksCommand(Document* document, QStringList frameworks,
                                           const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->model().frameworks)
    , m_after(std::move(frameworks))
    , m_threatsBefore(document->model().threats)
{
}

void SetFrameworksCommand::redo()
{
    m_document->setFrameworks(m_after);
    if (!m_generated) {
        m_document->regenerateAllThreats();
        m_threatsAfter = m_document->model().threats;
        m_generated = true;
    } else {
        m_document->setThreats(m_threatsAfter);
    }
}

void SetFrameworksCommand::undo()
{
    m_document->setFrameworks(m_before);
    m_document->setThreats(m_threatsBefore);
}

} // namespace latch
