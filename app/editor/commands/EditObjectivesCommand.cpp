#include "EditObjectivesCommand.h"

#include "CommandIds.h"
#include "Document.h"

namespace latch {

EditObjectivesCommand::EditObjectivesCommand(Document* document, ModelObjectives after,
                                             const QString& text, QString field,
                                             QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(ModelObjectives::of(document->model()))
    , m_after(std::move(after))
    , m_field(std::move(field))
{
}

int EditObjectivesCommand::id() const
{
    return m_field.isEmpty() ? -1 : int(CommandId::EditObjectives);
}

bool EditObjectivesCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const EditObjectivesCommand*>(other);
    if (edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void EditObjectivesCommand::redo()
{
    m_document->setObjectives(m_after);
}

void EditObjectivesCommand::undo()
{
    m_document->setObjectives(m_before);
}

} // namespace latch
