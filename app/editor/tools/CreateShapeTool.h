#pragma once

#include "Tool.h"
#include "model/ElementKind.h"

namespace latch {

// Click to place an entity, process, store or note centred on the click.
class CreateShapeTool : public Tool
{
public:
    explicit CreateShapeTool(ElementKind kind)
        : m_kind(kind)
    {
    }
    bool press(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    bool move(DiagramScene&, QGraphicsSceneMouseEvent*) override { return true; }
    bool release(DiagramScene&, QGraphicsSceneMouseEvent*) override { return true; }

private:
    ElementKind m_kind;
};

} // namespace latch
