#pragma once

#include <QStringList>
#include <QUndoCommand>

namespace latch {

class Document;

// Moves shapes, boundaries and flows' bend points by an offset. Consecutive moves of the same
// selection merge, so a whole drag is one undo step.
class MoveElementsCommand : public QUndoCommand
{
public:
    MoveElementsCommand(Document* document, QStringList ids, int dx, int dy,
                        QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    // Ends merging: the next drag starts a new step.
    void finish() { m_finished = true; }

private:
    void apply(int dx, int dy);

    Document* m_document;
    QStringList m_ids;
    int m_dx;
    int m_dy;
    bool m_finished = false;
};

} // namespace latch
