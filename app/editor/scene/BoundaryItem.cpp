#include "BoundaryItem.h"

#include "Document.h"
#include "report/DiagramPainter.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace latch {

QRectF BoundaryItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath BoundaryItem::shape() const
{
    return m_shape;
}

void BoundaryItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const Element* e = element();
    if (!e)
        return;
    m_painter->paintBoundary(*painter, *e, isSelected());
    if (isSelected() && e->isRegionBoundary()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_painter->style().selection);
        const QPointF corner(e->bounds.x + e->bounds.width, e->bounds.y + e->bounds.height);
        painter->drawRect(QRectF(corner - QPointF(4, 4), QSizeF(8, 8)));
    }
}

void BoundaryItem::syncFromModel()
{
    const Element* e = element();
    if (!e)
        return;
    prepareGeometryChange();
    QPainterPath outline;
    if (e->isRegionBoundary()) {
        outline.addRect(QRectF(e->bounds.x, e->bounds.y, e->bounds.width, e->bounds.height));
    } else {
        QPolygonF line;
        for (const Point& p : e->points)
            line << QPointF(p.x, p.y);
        outline.addPolygon(line);
    }
    // Only the dashed outline is grabbed, so clicks inside a region reach what it encloses.
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    m_shape = stroker.createStroke(outline);
    m_bounds = m_shape.boundingRect().adjusted(-2, -2, 200, 30); // and the label
    setZValue(0);
    update();
}

} // namespace latch
