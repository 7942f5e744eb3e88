#pragma once

#include "ModelEditCommand.h"
#include <QStringList>

namespace latch {

class Document;

// Moves shapes, boundaries and flows' bend points by an offset. The steps of one drag carry the
// same drag number and merge, so a whole drag is one undo step; the next drag does not merge
// into it.
class MoveElementsCommand : public ModelEditCommand
{
public:
    // `drag` 0 means a single move that never merges.
    MoveElementsCommand(Document* document, QStringList ids, int dx, int dy, int drag = 0,
                        QUndoCommand* parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    // A fresh number for a new drag.
    static int nextDrag();

private:
    void apply() override { shift(m_dx, m_dy); }
    void revert() override { shift(-m_dx, -m_dy); }
    QStringList touched() const override { return m_ids; }
    void shift(int dx, int dy);

    QStringList m_ids;
    int m_dx;
    int m_dy;
    int m_drag;
};

} // namespace latch
