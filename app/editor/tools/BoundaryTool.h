#pragma once

#include "Tool.h"

#include <QPointF>

class QGraphicsRectItem;

namespace latch {

// Drag a box to draw a trust-boundary region.
class BoundaryTool : public Tool
{
public:
    bool press(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    bool move(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    bool release(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    void cancel(DiagramScene& scene) override;

private:
    QPointF m_start;
    QGraphicsRectItem* m_preview = nullptr;
};

} // namespace latch
