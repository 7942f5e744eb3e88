#include "FlowItem.h"

#include "DiagramScene.h"
#include "Document.h"
#include "MarkPainter.h"
#include "model/FlowPath.h"
#include "report/DiagramPainter.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace latch {

QRectF FlowItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath FlowItem::shape() const
{
    QPainterPath line;
    if (m_path.isEmpty())
        return line;
    line.addPolygon(m_path);
    QPainterPathStroker stroker;
    stroker.setWidth(10); // easy to click
    QPainterPath hit = stroker.createStroke(line);
    if (!m_label.isEmpty())
        hit.addRect(m_label); // grabbed by its label too, to drag it
    return hit;
}

void FlowItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const Element* e = element();
    if (!e)
        return;
    if (m_path.size() >= 2) {
        QPainterPath line;
        line.addPolygon(m_path);
        // The tag a quarter along the line, clear of the label in the middle.
        paintMark(painter, line, line.pointAtPercent(0.25));
    }
    m_painter->paintFlow(*painter, m_path, *e, isSelected(), m_label);
    if (m_path.size() >= 2)
        paintBadge(painter, m_label.topRight()); // beside the label, clear of the line's ends
    if (isSelected() && !m_label.isEmpty()) {
        // The label can be dragged: a thin frame says so.
        painter->setPen(QPen(m_painter->style().selection, 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_label, 3, 3);
    }
    if (isSelected() && m_path.size() >= 2) {
        // Handles on both ends: drag one onto another shape to reconnect.
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_painter->style().selection);
        for (const QPointF& end : {m_path.first(), m_path.last()})
            painter->drawEllipse(end, 4.5, 4.5);
        // Bend points as squares, where SelectTool grabs them to move them.
        for (const Point& bend : e->points)
            painter->drawRect(QRectF(bend.x - 4, bend.y - 4, 8, 8));
    }
}

std::optional<QPointF> FlowItem::badgeCentre() const
{
    const Element* e = element();
    if (!e || m_path.size() < 2)
        return std::nullopt;
    return m_label.topRight();
}

void FlowItem::syncFromModel()
{
    const Element* e = element();
    // A flow whose end just went is about to go too (its removal follows in the same step).
    if (!e || !m_document->element(e->source) || !m_document->element(e->target))
        return;
    m_source = e->source;
    m_target = e->target;
    double lane = 0;
    if (e->points.isEmpty()) {
        QVector<const Element*> between;
        for (const QString& id : m_document->index().flowsAt(e->source))
            between.append(m_document->element(id));
        lane = FlowPath::laneOffset(*e, between);
    }
    const QPolygonF path = DiagramPainter::flowPolyline(*e, m_document->element(e->source),
                                                        m_document->element(e->target), lane);
    // Asked before prepareGeometryChange(): the scene's index must not be brought up to date
    // while this item's geometry is half changed, or it keeps the old box.
    QVector<QRectF> obstacles;
    if (const auto* diagramScene = qobject_cast<const DiagramScene*>(scene()))
        obstacles =
            diagramScene->labelObstaclesNear(path.boundingRect().adjusted(-120, -60, 120, 60));
    prepareGeometryChange();
    m_path = path;
    m_label = m_painter->flowLabelBox(m_path, *e, obstacles);
    // Room for the arrow heads, the label and the risk badge at the label's corner.
    const qreal badge = DiagramPainter::badgeRadius * 2;
    m_bounds =
        m_path.boundingRect().adjusted(-12, -12, 12, 12) | m_label.adjusted(-4, -badge, badge, 4);
    setZValue(1);
    update();
}

} // namespace latch
