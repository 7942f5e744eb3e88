#include "EditElementCommand.h"

#include "CommandIds.h"
#include "Document.h"

namespace latch {

EditElementCommand::EditElementCommand(Document* document, const Element& after,
                                       const QString& text, QString field, QUndoCommand* parent)
    : ModelEditCommand(document, text, parent)
    , m_before(*document->element(after.id))
    , m_after(after)
    , m_field(std::move(field))
{
}

int EditElementCommand::id() const
{
    return m_field.isEmpty() ? -1 : int(CommandId::EditElement);
}

bool EditElementCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const EditElementCommand*>(other);
    if (edit->m_field != m_field || edit->m_after.id != m_after.id)
        return false;
    m_after = edit->m_after;
    takeThreatsAfter(*edit);
    return true;
}

void EditElementCommand::apply()
{
    m_document->replaceElement(m_after);
}

void EditElementCommand::revert()
{
    m_document->replaceElement(m_before);
}

} // namespace latch
