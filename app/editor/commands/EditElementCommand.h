#pragma once

#include "model/Element.h"

#include "ModelEditCommand.h"

namespace latch {

class Document;

// Replaces an element's value (rename, properties, resize, reconnect a flow's end). Keeps the
// value before and after, so it needs no knowledge of what changed. Edits given the same
// `field` on the same element merge (typing a description is one step, not one per key).
class EditElementCommand : public ModelEditCommand
{
public:
    EditElementCommand(Document* document, const Element& after, const QString& text,
                       QString field = QString(), QUndoCommand* parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply() override;
    void revert() override;
    QStringList touched() const override { return {m_after.id}; }

    Element m_before;
    Element m_after;
    QString m_field;
};

} // namespace latch
