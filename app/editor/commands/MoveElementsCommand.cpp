#include "MoveElementsCommand.h"

#include "CommandIds.h"
#include "Document.h"

#include <QCoreApplication>

namespace latch {

MoveElementsCommand::MoveElementsCommand(Document* document, QStringList ids, int dx, int dy,
                                         int drag, QUndoCommand* parent)
    : ModelEditCommand(document, QString(), parent)
    , m_ids(std::move(ids))
    , m_dx(dx)
    , m_dy(dy)
    , m_drag(drag)
{
    setText(QCoreApplication::translate("MoveElementsCommand", "Move"));
}

void MoveElementsCommand::shift(int dx, int dy)
{
    for (const QString& id : m_ids) {
        const Element* current = m_document->element(id);
        if (!current)
            continue;
        Element moved = *current;
        moved.bounds.x += dx;
        moved.bounds.y += dy;
        for (Point& p : moved.points) {
            p.x += dx;
            p.y += dy;
        }
        m_document->replaceElement(moved);
    }
}

int MoveElementsCommand::id() const
{
    return int(CommandId::MoveElements);
}

bool MoveElementsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* move = static_cast<const MoveElementsCommand*>(other);
    if (m_drag == 0 || move->m_drag != m_drag || move->m_ids != m_ids)
        return false;
    m_dx += move->m_dx;
    m_dy += move->m_dy;
    takeThreatsAfter(*move);
    return true;
}

int MoveElementsCommand::nextDrag()
{
    static int drags = 0;
    return ++drags;
}

} // namespace latch
