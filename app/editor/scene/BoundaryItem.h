#pragma once

#include "ElementItem.h"

#include <QPolygonF>
#include <QRectF>

namespace latch {

// A trust boundary: a dashed region box, or an open dashed line.
class BoundaryItem : public ElementItem
{
public:
    using ElementItem::ElementItem;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    void syncFromModel() override;

private:
    QRectF m_bounds;
    QPainterPath m_shape;
};

} // namespace latch
