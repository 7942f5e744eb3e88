#include "ShapeItem.h"

#include "Document.h"
#include "MarkPainter.h"
#include "report/DiagramPainter.h"

#include <QPainter>

#include <algorithm>

namespace latch {

QRectF ShapeItem::boundingRect() const
{
    // Room for the outline, the resize handle and the risk badge on the top-right corner.
    // And for a mark's halo and tag (MarkPainter).
    const qreal badge = DiagramPainter::badgeRadius + 2;
    const qreal mark = MarkPainter::reach;
    return m_bounds.adjusted(-mark, -std::max(mark, 5 + badge), 5 + 1.6 * badge, mark);
}

QPainterPath ShapeItem::shape() const
{
    const Element* e = element();
    return e ? DiagramPainter::shapeOutline(*e) : QPainterPath();
}

void ShapeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const Element* e = element();
    if (!e)
        return;
    paintMark(painter, DiagramPainter::shapeOutline(*e), m_bounds.topLeft());
    m_painter->paintBox(*painter, *e, isSelected());
    if (e->kind != ElementKind::Note)
        paintBadge(painter, DiagramPainter::badgeAnchor(*e));
    if (isSelected())
        paintResizeHandles(painter, m_bounds); // where SelectTool looks for them
}

std::optional<QPointF> ShapeItem::badgeCentre() const
{
    const Element* e = element();
    if (!e || e->kind == ElementKind::Note)
        return std::nullopt;
    return DiagramPainter::badgeAnchor(*e);
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
