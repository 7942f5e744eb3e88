#include "FlowItem.h"

#include "Document.h"
#include "MarkPainter.h"
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
    return stroker.createStroke(line);
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
    m_painter->paintFlow(*painter, m_path, *e, isSelected());
    if (m_path.size() >= 2)
        paintBadge(painter, [this, e] { return m_painter->badgeAnchor(m_path, *e); });
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
    return m_painter->badgeAnchor(m_path, *e);
}

void FlowItem::syncFromModel()
{
    const Element* e = element();
    if (!e)
        return;
    prepareGeometryChange();
    m_path = DiagramPainter::flowPolyline(*e, m_document->element(e->source),
                                          m_document->element(e->target));
    // Room for the arrow heads and the label around the middle of the line
    // (and the risk badge at the label's corner).
    m_bounds = m_path.boundingRect().adjusted(-120, -40, 120, 40);
    setZValue(1);
    update();
}

} // namespace latch
