#include "MoveElementsCommand.h"

#include "CommandIds.h"
#include "Document.h"

#include <QCoreApplication>

namespace latch {

MoveElementsCommand::MoveElementsCommand(Document* document, QStringList ids, int dx, int dy,
                                         QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_ids(std::move(ids))
    , m_dx(dx)
    , m_dy(dy)
{
    setText(QCoreApplication::translate("MoveElementsCommand", "Move"));
}

void MoveElementsCommand::apply(int dx, int dy)
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

void MoveElementsCommand::redo()
{
    apply(m_dx, m_dy);
}

void MoveElementsCommand::undo()
{
    apply(-m_dx, -m_dy);
}

int MoveElementsCommand::id() const
{
    return int(CommandId::MoveElements);
}

bool MoveElementsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* move = static_cast<const MoveElementsCommand*>(other);
    if (m_finished || move->m_ids != m_ids)
        return false;
    m_dx += move->m_dx;
    m_dy += move->m_dy;
    m_finished = move->m_finished;
    return true;
}

} // namespace latch
