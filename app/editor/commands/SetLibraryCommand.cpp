#include "SetLibraryCommand.h"

#include "Document.h"

namespace latch {

SetLibraryCommand::SetLibraryCommand(Document* document, QByteArray library, const QString& text,
                                     QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->model().embeddedLibrary)
    , m_after(std::move(library))
    , m_threatsBefore(document->model().threats)
{
}

void SetLibraryCommand::redo()
{
    // Checked by the caller before it pushed the command, so this cannot fail.
    m_document->setEmbeddedLibrary(m_after, nullptr);
    if (!m_generated) {
        m_document->regenerateAllThreats();
        m_threatsAfter = m_document->model().threats;
        m_generated = true;
    } else {
        m_document->setThreats(m_threatsAfter);
    }
}

void SetLibraryCommand::undo()
{
    m_document->setEmbeddedLibrary(m_before, nullptr);
    m_document->setThreats(m_threatsBefore);
}

} // namespace latch
