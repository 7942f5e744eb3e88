#pragma once

#include "model/Threat.h"

#include <QStringList>
#include <QUndoCommand>
#include <QVector>

namespace latch {

class Document;

// An edit of the diagram whose threats follow it in the same undo step. The first redo
// applies the edit and regenerates the threats of the elements it touched; the register before
// and after is kept, so redo and undo restore it exactly (generated threats included).
class ModelEditCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    ModelEditCommand(Document* document, const QString& text, QUndoCommand* parent = nullptr);

    virtual void apply() = 0;
    virtual void revert() = 0;
    // The elements the edit changed, added or removed.
    virtual QStringList touched() const = 0;
    // For mergeWith(): the merged command's register is the newer one's.
    void takeThreatsAfter(const ModelEditCommand& newer) { m_after = newer.m_after; }

    Document* m_document;

private:
    QVector<Threat> m_before;
    QVector<Threat> m_after;
    bool m_regenerated = false;
};

} // namespace latch
