#pragma once

#include "model/Element.h"

#include <QUndoCommand>

namespace latch {

class Document;

// Replaces an element's value (rename, properties, resize, reconnect a flow's end). Keeps the
// value before and after, so it needs no knowledge of what changed.
class EditElementCommand : public QUndoCommand
{
public:
    EditElementCommand(Document* document, const Element& after, const QString& text,
                       QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document* m_document;
    Element m_before;
    Element m_after;
};

} // namespace latch
