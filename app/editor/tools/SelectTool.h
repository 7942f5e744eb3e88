#pragma once

#include "Tool.h"
#include "scene/ResizeHandles.h"

#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QVector>

namespace latch {

struct Element;

// Selects and drags. A drag pushes one merged command per mouse move, so the canvas follows
// the model and the whole gesture is a single undo step. Dragging one of the eight handles of a
// selected shape or region (ResizeHandles) resizes it from that corner or edge; dragging an end
// of a selected flow onto another shape reconnects it; dragging one of its bend points moves it,
// and dragging anywhere else on its line makes a new bend point there; dragging a flow's label
// moves the label alone. A moved box is pulled
// onto the edges and centres of the others (SnapGuides), with guide lines; Alt moves freely.
class SelectTool : public Tool
{
public:
    bool press(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    bool move(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    bool release(DiagramScene& scene, QGraphicsSceneMouseEvent* event) override;
    void cancel(DiagramScene& scene) override;

    static constexpr qreal handleReach = 8; // how close to a handle a press must land
    static constexpr qreal guideReach = 6;  // how close an edge must come to snap to a guide
    // The bend point (a flow's) or vertex (a boundary line's) within reach of `at`, or -1.
    static int bendPointAt(const Element& element, QPointF at);

private:
    enum class Mode
    {
        None,
        Move,
        Resize,
        Reconnect,
        Bend,
        Label
    };
    bool pressHandle(DiagramScene& scene, QPointF at);
    void resizeTo(DiagramScene& scene, QPointF at);
    // Puts the flow's bend point `m_bend` at `at` (snapped), as a step of this drag.
    void bendTo(DiagramScene& scene, QPointF at);
    // Moves the flow's label by the drag so far (its labelOffset), as a step of this drag.
    void labelTo(DiagramScene& scene, QPointF at);
    // Marks what the dragged regions now enclose (DiagramScene::setEnclosed).
    void showEnclosed(DiagramScene& scene, const QStringList& dragged) const;

    Mode m_mode = Mode::None;
    bool m_sourceEnd = false; // which end of the flow is being reconnected
    QString m_handled;        // the element whose handle is dragged
    ResizeHandle m_handle;    // which of its handles
    int m_bend = -1;          // the flow's bend point being dragged
    QPointF m_labelStart;     // the dragged label's offset at the press
    bool m_dragging = false;
    QPointF m_pressed;
    QPointF m_applied; // offset already pushed
    QStringList m_ids;
    // For alignment guides while moving: the moved boxes' bounds at the press, and the
    // other boxes' and regions' bounds on the diagram.
    QRectF m_startBounds;
    QVector<QRectF> m_others;
    bool m_free = false; // Alt held at the press: no guides for this drag
    int m_drag = 0;
};

} // namespace latch
