#include "ResizeHandles.h"

#include <QLineF>

#include <algorithm>

namespace latch {

const QVector<ResizeHandle>& ResizeHandles::all()
{
    static const QVector<ResizeHandle> handles = {{-1, -1}, {0, -1}, {1, -1}, {1, 0},
                                                  {1, 1},   {0, 1},  {-1, 1}, {-1, 0}};
    return handles;
}

QPointF ResizeHandles::position(const QRectF& bounds, ResizeHandle handle)
{
    const auto along = [](qreal low, qreal high, int side) {
        return side < 0 ? low : side > 0 ? high : (low + high) / 2;
    };
    return QPointF(along(bounds.left(), bounds.right(), handle.x),
                   along(bounds.top(), bounds.bottom(), handle.y));
}

std::optional<ResizeHandle> ResizeHandles::at(const QRectF& bounds, QPointF point, qreal reach)
{
    std::optional<ResizeHandle> nearest;
    qreal best = reach;
    for (const ResizeHandle& handle : all()) {
        const qreal distance = QLineF(point, position(bounds, handle)).length();
        if (distance <= best) {
            best = distance;
            nearest = handle;
        }
    }
    return nearest;
}

QRectF ResizeHandles::resized(const QRectF& bounds, ResizeHandle handle, QPointF to, QSizeF minimum)
{
    qreal left = bounds.left();
    qreal right = bounds.right();
    qreal top = bounds.top();
    qreal bottom = bounds.bottom();
    if (handle.x < 0)
        left = std::min(to.x(), right - minimum.width());
    else if (handle.x > 0)
        right = std::max(to.x(), left + minimum.width());
    if (handle.y < 0)
        top = std::min(to.y(), bottom - minimum.height());
    else if (handle.y > 0)
        bottom = std::max(to.y(), top + minimum.height());
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace latch
