#pragma once

class QGraphicsSceneMouseEvent;

namespace latch {

class DiagramScene;

// What the mouse does on the canvas. A tool that returns true has handled the event; false
// lets the scene do Qt's default (selection, rubber band).
class Tool
{
public:
    virtual ~Tool() = default;
    virtual bool press(DiagramScene& scene, QGraphicsSceneMouseEvent* event) = 0;
    virtual bool move(DiagramScene& scene, QGraphicsSceneMouseEvent* event) = 0;
    virtual bool release(DiagramScene& scene, QGraphicsSceneMouseEvent* event) = 0;
    // The tool was switched away from mid-gesture.
    virtual void cancel(DiagramScene&) {}
};

} // namespace latch
