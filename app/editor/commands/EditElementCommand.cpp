#include "EditElementCommand.h"

#include "Document.h"

namespace latch {

EditElementCommand::EditElementCommand(Document* document, const Element& after,
                                       const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(*document->element(after.id))
    , m_after(after)
{
}

void EditElementCommand::redo()
{
    m_document->replaceElement(m_after);
}

void EditElementCommand::undo()
{
    m_document->replaceElement(m_before);
}

} // namespace latch
