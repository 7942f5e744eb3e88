#pragma once

#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QVector>

namespace latch {

// Alignment while dragging: when an edge or the centre of what is dragged comes within
// `reach` of another element's edge or centre, the drag is pulled onto it and a guide line
// shows the alignment (as drawing tools do). Plain geometry, one axis at a time.
class SnapGuides
{
public:
    struct Result
    {
        QPointF correction;     // to add to the drag's offset
        QVector<QLineF> guides; // through the aligned edges or centres, spanning both boxes
    };

    static Result snap(const QRectF& moving, const QVector<QRectF>& others, qreal reach);
};

} // namespace latch
