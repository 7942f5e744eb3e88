#pragma once

#include "Tool.h"
#include "model/ElementKind.h"

#include <QPointF>

class QGraphicsItem;

namespace latch {

// Drag a box to draw a trust-boundary region, or (as the line tool) drag a line for an open
// boundary that flows cross.
class BoundaryTool : public Tool
{
public:
    explicit BoundaryTool(BoundaryShape shape = BoundaryShape::Region)
        : m_shape(shape)
    {
    }
    bool press(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    bool move(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    bool release(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    void cancel(DiagramScene& scene) override;

private:
    BoundaryShape m_shape;
    QPointF m_start;
    QGraphicsItem* m_preview = nullptr;
};

} // namespace latch
