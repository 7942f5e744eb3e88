#pragma once

#include "Tool.h"

#include <QPointF>
#include <QStringList>

namespace latch {

// Selects and drags. A drag pushes one merged move command per mouse move, so the canvas
// follows the model and the whole drag is a single undo step.
class SelectTool : public Tool
{
public:
    bool press(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    bool move(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    bool release(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    void cancel(DiagramScene& scene) override;

private:
    bool m_dragging = false;
    QPointF m_pressed;
    QPointF m_applied; // offset already pushed
    QStringList m_ids;
    int m_drag = 0;
};

} // namespace latch
