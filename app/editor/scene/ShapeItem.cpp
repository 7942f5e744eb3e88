#include "ShapeItem.h"

#include "Document.h"
#include "report/DiagramPainter.h"

#include <QPainter>

namespace latch {

QRectF ShapeItem::boundingRect() const
{
    return m_bounds.adjusted(-3, -3, 3, 3);
}

QPainterPath ShapeItem::shape() const
{
    const Element* e = element();
    return e ? DiagramPainter::shapeOutline(*e) : QPainterPath();
}

void ShapeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (const Element* e = element())
        m_painter->paintBox(*painter, *e, isSelected());
}

void ShapeItem::syncFromModel()
{
    const Element* e = element();
    if (!e)
        return;
    const QRectF bounds(e->bounds.x, e->bounds.y, e->bounds.width, e->bounds.height);
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
    }
    setZValue(e->kind == ElementKind::Note ? 3 : 2);
    update();
}

} // namespace latch
