#include "BoundaryItem.h"

#include "Document.h"
#include "MarkPainter.h"
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
    const QPainterPath outline = DiagramPainter::shapeOutline(*e);
    paintMark(painter, outline,
              outline.elementCount() > 0 ? QPointF(outline.elementAt(0)) : QPointF());
    m_painter->paintBoundary(*painter, *e, isSelected());
    if (isSelected() && e->isLineBoundary()) {
        // Its vertices, where SelectTool grabs them to bend the line.
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_painter->style().selection);
        for (const Point& p : e->points)
            painter->drawRect(QRectF(p.x - 4, p.y - 4, 8, 8));
        painter->restore();
    }
    if (isSelected() && e->isRegionBoundary())
        paintResizeHandles(painter,
                           QRectF(e->bounds.x, e->bounds.y, e->bounds.width, e->bounds.height));
}

void BoundaryItem::syncFromModel()
{
    const Element* e = element();
    if (!e)
        return;
    prepareGeometryChange();
    const QPainterPath outline = DiagramPainter::shapeOutline(*e);
    // Only the dashed outline is grabbed, so clicks inside a region reach what it encloses.
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    m_shape = stroker.createStroke(outline);
    // And the label, and a mark's tag at the first corner.
    const qreal mark = MarkPainter::reach;
    m_bounds = m_shape.boundingRect().adjusted(-mark, -mark, 200, 30);
    setZValue(0);
    update();
}

} // namespace latch
