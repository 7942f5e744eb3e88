#pragma once

#include "ElementItem.h"

#include <QPolygonF>

namespace latch {

// A data flow: an arrow from its source's outline to its target's, through its bend points.
class FlowItem : public ElementItem
{
public:
    using ElementItem::ElementItem;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    void syncFromModel() override;
    std::optional<QPointF> badgeCentre() const override;

    const QPolygonF& path() const { return m_path; }

private:
    QPolygonF m_path;
    QRectF m_bounds;
};

} // namespace latch
