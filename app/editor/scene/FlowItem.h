#pragma once

#include "ElementItem.h"

#include <QPolygonF>

namespace latch {

// A data flow: an arrow from its source's outline to its target's, through its bend points
// (or along its curve), in its lane beside flows between the same two shapes, with its label
// beside the line clear of the shapes near it.
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
    // Where its name is drawn, in scene coordinates (empty without a name).
    const QRectF& labelBox() const { return m_label; }
    // The ends it was last drawn between, still known once the flow is gone from the model.
    const QString& sourceId() const { return m_source; }
    const QString& targetId() const { return m_target; }

private:
    QPolygonF m_path;
    QRectF m_label;
    QRectF m_bounds;
    QString m_source;
    QString m_target;
};

} // namespace latch
