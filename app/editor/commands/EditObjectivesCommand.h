#pragma once

#include "ModelObjectives.h"

#include <QUndoCommand>

namespace latch {

class Document;

// Replaces the model's step-1 objectives (title, owner, scope, assets, compliance, risk
// method). Edits of the same `field` merge, so typing the scope is one step.
class EditObjectivesCommand : public QUndoCommand
{
public:
    EditObjectivesCommand(Document* document, ModelObjectives after, const QString& text,
                          QString field = QString(), QUndoCommand* parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    ModelObjectives m_before;
    ModelObjectives m_after;
    QString m_field;
};

} // namespace latch
