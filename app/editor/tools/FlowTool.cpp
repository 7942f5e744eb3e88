#include "FlowTool.h"

#include "Document.h"
#include "commands/AddElementsCommand.h"
#include "model/IdGenerator.h"
#include "scene/DiagramScene.h"
#include "scene/ElementItem.h"

#include <QCoreApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

namespace latch {

bool FlowTool::press(DiagramScene& scene, QGraphicsSceneMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    ElementItem* hit = scene.elementItemAt(event->scenePos(), true);
    if (!hit)
        return true; // a flow starts on a shape; ignore clicks elsewhere
    m_source = hit->elementId();
    m_preview = scene.addLine(QLineF(event->scenePos(), event->scenePos()),
                              QPen(Qt::darkGray, 1.5, Qt::DashLine));
    m_preview->setZValue(10);
    return true;
}

bool FlowTool::move(DiagramScene&, QGraphicsSceneMouseEvent* event)
{
    if (m_preview)
        m_preview->setLine(QLineF(m_preview->line().p1(), event->scenePos()));
    return true;
}

bool FlowTool::release(DiagramScene& scene, QGraphicsSceneMouseEvent* event)
{
    ElementItem* hit = scene.elementItemAt(event->scenePos(), true);
    const QString source = m_source;
    cancel(scene);
    if (source.isEmpty() || !hit || hit->elementId() == source)
        return true;
    Element flow;
    flow.id = IdGenerator::newId(IdKind::Element);
    flow.kind = ElementKind::Flow;
    flow.type = elementKindName(ElementKind::Flow);
    flow.name = QCoreApplication::translate("FlowTool", "Data flow");
    flow.source = source;
    flow.target = hit->elementId();
    scene.document()->undoStack()->push(
        new AddElementsCommand(scene.document(), scene.diagramId(), {flow},
                               QCoreApplication::translate("FlowTool", "Add data flow")));
    scene.selectOnly(flow.id);
    scene.finishTool();
    return true;
}

void FlowTool::cancel(DiagramScene&)
{
    delete m_preview;
    m_preview = nullptr;
    m_source.clear();
}

} // namespace latch
