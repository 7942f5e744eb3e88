#pragma once

#include "ModelEditCommand.h"
#include "model/Model.h"

namespace latch {

// Settles one merge conflict (ConflictResolution in core works out the model after it) and
// brings the document there: the elements, diagrams, catalog and objectives it changed, and
// the conflicts left. Undo puts everything back, the conflict's record included; the register
// follows the diagram as in every edit.
class ResolveConflictCommand : public ModelEditCommand
{
public:
    ResolveConflictCommand(Document* document, Model resolved, const QString& text,
                           QUndoCommand* parent = nullptr);

private:
    void apply() override;
    void revert() override;
    QStringList touched() const override { return m_touched; }

    // Takes the document from its model to `target`, one mutator at a time, so that the views
    // update as after any edit.
    void bringTo(const Model& target);

    Model m_before;
    Model m_after;
    QStringList m_touched;
    bool m_applied = false;
};

} // namespace latch
