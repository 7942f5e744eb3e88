#pragma once

#include "Point.h"

#include <QtGlobal>

namespace latch {

// An axis-aligned box: top-left corner and a positive size, in scene units.
struct Rect
{
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;

    Point center() const { return {x + width / 2, y + height / 2}; }

    // Half-open on the far edges so that two touching boxes never both contain a point.
    bool contains(Point p) const
    {
        return p.x >= x && p.y >= y && p.x < x + width && p.y < y + height;
    }

    friend bool operator==(const Rect& a, const Rect& b)
    {
        return a.x == b.x && a.y == b.y && a.width == b.width && a.height == b.height;
    }
    friend bool operator!=(const Rect& a, const Rect& b) { return !(a == b); }
};

} // namespace latch

// Plain values: Qt containers may move them with memcpy when they grow.
Q_DECLARE_TYPEINFO(latch::Rect, Q_PRIMITIVE_TYPE);
