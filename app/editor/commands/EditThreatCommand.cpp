#include "EditThreatCommand.h"

#include "CommandIds.h"
#include "Document.h"

namespace latch {

EditThreatCommand::EditThreatCommand(Document* document, const Threat& after, const QString& text,
                                     QString field, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(*document->threat(after.id))
    , m_after(after)
    , m_field(std::move(field))
{
}

int EditThreatCommand::id() const
{
    return m_field.isEmpty() ? -1 : int(CommandId::EditThreat);
}

bool EditThreatCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const EditThreatCommand*>(other);
    if (edit->m_field != m_field || edit->m_after.id != m_after.id)
        return false;
    m_after = edit->m_after;
    // A slider dragged back to where it started leaves no step behind.
    setObsolete(m_after == m_before);
    return true;
}

void EditThreatCommand::redo()
{
    m_document->replaceThreat(m_after);
}

void EditThreatCommand::undo()
{
    m_document->replaceThreat(m_before);
}

} // namespace latch
