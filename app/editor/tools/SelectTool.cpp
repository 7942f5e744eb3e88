#include "SelectTool.h"

#include "Document.h"
#include "commands/MoveElementsCommand.h"
#include "scene/DiagramScene.h"
#include "scene/ElementItem.h"

#include <QGraphicsSceneMouseEvent>

namespace latch {

bool SelectTool::press(DiagramScene& scene, QGraphicsSceneMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    ElementItem* hit = scene.elementItemAt(event->scenePos());
    if (!hit)
        return false; // empty canvas: the view's rubber band selects
    if (event->modifiers() & Qt::ControlModifier) {
        hit->setSelected(!hit->isSelected());
        return true;
    }
    if (!hit->isSelected())
        scene.selectOnly(hit->elementId());
    m_ids = scene.selectedIds();
    m_pressed = event->scenePos();
    m_applied = QPointF();
    m_drag = MoveElementsCommand::nextDrag();
    m_dragging = true;
    return true;
}

bool SelectTool::move(DiagramScene& scene, QGraphicsSceneMouseEvent* event)
{
    if (!m_dragging)
        return false;
    const QPointF wanted = scene.snapOffset(event->scenePos() - m_pressed);
    const QPointF step = wanted - m_applied;
    if (qRound(step.x()) == 0 && qRound(step.y()) == 0)
        return true;
    scene.document()->undoStack()->push(new MoveElementsCommand(
        scene.document(), m_ids, qRound(step.x()), qRound(step.y()), m_drag));
    m_applied += QPointF(qRound(step.x()), qRound(step.y()));
    return true;
}

bool SelectTool::release(DiagramScene& scene, QGraphicsSceneMouseEvent*)
{
    if (!m_dragging)
        return false;
    cancel(scene);
    return true;
}

void SelectTool::cancel(DiagramScene&)
{
    m_dragging = false;
}

} // namespace latch
