#include "BoundaryTool.h"

#include "Document.h"
#include "commands/AddElementsCommand.h"
#include "model/IdGenerator.h"
#include "scene/DiagramScene.h"

#include <QCoreApplication>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

namespace latch {

namespace {

constexpr int minimumSide = 40;

} // namespace

bool BoundaryTool::press(DiagramScene& scene, QGraphicsSceneMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_start = scene.snapPoint(event->scenePos());
    m_preview = scene.addRect(QRectF(m_start, m_start), QPen(Qt::red, 1.5, Qt::DashLine));
    m_preview->setZValue(10);
    return true;
}

bool BoundaryTool::move(DiagramScene& scene, QGraphicsSceneMouseEvent* event)
{
    if (m_preview)
        m_preview->setRect(QRectF(m_start, scene.snapPoint(event->scenePos())).normalized());
    return true;
}

bool BoundaryTool::release(DiagramScene& scene, QGraphicsSceneMouseEvent* event)
{
    if (!m_preview)
        return true;
    const QRectF area = QRectF(m_start, scene.snapPoint(event->scenePos())).normalized();
    cancel(scene);
    if (area.width() < minimumSide || area.height() < minimumSide)
        return true; // a slip, not a boundary
    Element boundary;
    boundary.id = IdGenerator::newId(IdKind::Element);
    boundary.kind = ElementKind::Boundary;
    boundary.type = elementKindName(ElementKind::Boundary);
    boundary.shape = BoundaryShape::Region;
    boundary.name = QCoreApplication::translate("BoundaryTool", "Trust boundary");
    boundary.bounds = {qRound(area.x()), qRound(area.y()), qRound(area.width()),
                       qRound(area.height())};
    scene.document()->undoStack()->push(
        new AddElementsCommand(scene.document(), scene.diagramId(), {boundary},
                               QCoreApplication::translate("BoundaryTool", "Add trust boundary")));
    scene.selectOnly(boundary.id);
    scene.finishTool();
    return true;
}

void BoundaryTool::cancel(DiagramScene&)
{
    delete m_preview;
    m_preview = nullptr;
}

} // namespace latch
