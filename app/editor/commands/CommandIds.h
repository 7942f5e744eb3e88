#pragma once

namespace latch {

// QUndoCommand::id() values: commands with the same id may merge (a drag becomes one step).
enum class CommandId
{
    MoveElements = 1,
    EditElement = 2,
    EditThreat = 3,
    EditObjectives = 4
};

} // namespace latch
