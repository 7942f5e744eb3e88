#pragma once

#include "Tool.h"

#include <QString>

class QGraphicsLineItem;

namespace latch {

// Drag from one entity, process or store to another to create a data flow.
class FlowTool : public Tool
{
public:
    bool press(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    bool move(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    bool release(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    void cancel(DiagramScene& scene) override;

private:
    QString m_source;
    QGraphicsLineItem* m_preview = nullptr;
};

} // namespace latch
