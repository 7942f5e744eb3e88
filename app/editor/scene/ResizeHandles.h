#pragma once

#include <QPointF>
#include <QRectF>
#include <QVector>

#include <optional>

namespace latch {

// The eight handles around a selected box or region: four corners and four edge middles.
// One place says where they are, so that what the items draw is what the select tool grabs.
struct ResizeHandle
{
    // Per axis, the edge the handle moves: -1 the left (top), 1 the right (bottom), 0 none.
    int x = 0;
    int y = 0;

    friend bool operator==(ResizeHandle a, ResizeHandle b) { return a.x == b.x && a.y == b.y; }
};

class ResizeHandles
{
public:
    static const QVector<ResizeHandle>& all();
    static QPointF position(const QRectF& bounds, ResizeHandle handle);
    // The handle within `reach` of `point`, the nearest first; none when no handle is.
    static std::optional<ResizeHandle> at(const QRectF& bounds, QPointF point, qreal reach);
    // `bounds` with the handle's edges moved to `to`, never smaller than `minimum`: the edges
    // the handle does not move stay where they are.
    static QRectF resized(const QRectF& bounds, ResizeHandle handle, QPointF to, QSizeF minimum);

    static constexpr qreal size = 8; // drawn as a square this wide
};

} // namespace latch
