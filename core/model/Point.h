#pragma once

#include <QtGlobal>

namespace latch {

// A position in scene units. Integers on purpose: the file stores no float noise.
struct Point
{
    int x = 0;
    int y = 0;

    friend bool operator==(const Point& a, const Point& b) { return a.x == b.x && a.y == b.y; }
    friend bool operator!=(const Point& a, const Point& b) { return !(a == b); }
};

} // namespace latch

// Plain values: Qt containers may move them with memcpy when they grow.
Q_DECLARE_TYPEINFO(latch::Point, Q_PRIMITIVE_TYPE);
