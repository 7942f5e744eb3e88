#include "BoundaryTool.h"

#include "Document.h"
#include "commands/AddElementsCommand.h"
#include "model/IdGenerator.h"
#include "scene/DiagramScene.h"

#include <QCoreApplication>
#include <QGraphicsLineItem>
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
    const QPen pen(Qt::red, 1.5, Qt::DashLine);
    if (m_shape == BoundaryShape::Region)
        m_preview = scene.addRect(QRectF(m_start, m_start), pen);
    else
        m_preview = scene.addLine(QLineF(m_start, m_start), pen);
    m_preview->setZValue(10);
    return true;
}

bool BoundaryTool::move(DiagramScene& scene, QGraphicsSceneMouseEvent* event)
{
    const QPointF at = scene.snapPoint(event->scenePos());
    if (auto* rect = qgraphicsitem_cast<QGraphicsRectItem*>(m_preview))
        rect->setRect(QRectF(m_start, at).normalized());
    else if (auto* line = qgraphicsitem_cast<QGraphicsLineItem*>(m_preview))
        line->setLine(QLineF(m_start, at));
    return true;
}

bool BoundaryTool::release(DiagramScene& scene, QGraphicsSceneMouseEvent* event)
{
    if (!m_preview)
        return true;
    const QPointF end = scene.snapPoint(event->scenePos());
    const QRectF area = QRectF(m_start, end).normalized();
    cancel(scene);
    Element boundary;
    boundary.id = IdGenerator::newId(IdKind::Element);
    boundary.kind = ElementKind::Boundary;
    boundary.type = elementKindName(ElementKind::Boundary);
    boundary.shape = m_shape;
    boundary.name = QCoreApplication::translate("BoundaryTool", "Trust boundary");
    if (m_shape == BoundaryShape::Region) {
        if (area.width() < minimumSide || area.height() < minimumSide)
            return true; // a slip, not a boundary
        boundary.bounds = {qRound(area.x()), qRound(area.y()), qRound(area.width()),
                           qRound(area.height())};
    } else {
        if (QLineF(m_start, end).length() < minimumSide)
            return true;
        boundary.points = {{qRound(m_start.x()), qRound(m_start.y())},
                           {qRound(end.x()), qRound(end.y())}};
    }
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
