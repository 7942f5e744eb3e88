#pragma once

#include "ElementItem.h"

#include <QRectF>

namespace latch {

// An external entity, process, data store or note.
class ShapeItem : public ElementItem
{
public:
    using ElementItem::ElementItem;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    void syncFromModel() override;
    std::optional<QPointF> badgeCentre() const override;

private:
    QRectF m_bounds;
};

} // namespace latch
