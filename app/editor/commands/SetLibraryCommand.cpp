#include "SetLibraryCommand.h"

#include "Document.h"
#include "model/Model.h"

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

SetLibraryCommand::SetLibraryCommand(Document* document, const Model& attached, const QString& text,
                                     QUndoCommand* parent)
    : SetLibraryCommand(document, attached.embeddedLibrary, text, parent)
{
    m_threatsAttached = attached.threats;
}

void SetLibraryCommand::redo()
{
    // The caller checks the library before it pushes the command; should the document still
    // refuse it, nothing has changed and this step must not stay on the stack.
    if (!m_document->setEmbeddedLibrary(m_after, nullptr)) {
        setObsolete(true);
        return;
    }
    if (!m_generated) {
        if (m_threatsAttached)
            m_document->setThreats(*m_threatsAttached);
        m_document->regenerateAllThreats();
        m_threatsAfter = m_document->model().threats;
        m_threatsAttached.reset();
        m_generated = true;
    } else {
        m_document->setThreats(m_threatsAfter);
    }
}

void SetLibraryCommand::undo()
{
    // The library before may be one that did not load (the model came with it): it comes back
    // as it was, error included, with the register as it was.
    m_document->restoreEmbeddedLibrary(m_before);
    m_document->setThreats(m_threatsBefore);
}

} // namespace latch
