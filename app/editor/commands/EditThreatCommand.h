#pragma once

#include "model/Threat.h"

#include <QUndoCommand>

namespace latch {

class Document;

// Replaces one threat's value: its score, status, justification, links, title or description.
// The diagram does not change, so nothing is regenerated. Edits of the same `field` of the
// same threat merge, so that dragging a slider or typing a justification is one step.
class EditThreatCommand : public QUndoCommand
{
public:
    EditThreatCommand(Document* document, const Threat& after, const QString& text,
                      QString field = QString(), QUndoCommand* parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    Threat m_before;
    Threat m_after;
    QString m_field;
};

} // namespace latch
