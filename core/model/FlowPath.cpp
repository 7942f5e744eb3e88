#include "FlowPath.h"

#include "Element.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace latch {

namespace {

// The distance from a point to the closest point of a segment.
double distanceToSegment(Point p, Point a, Point b)
{
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

} // namespace

QVector<Point> FlowPath::centreline(const Element& flow, const Element* source,
                                    const Element* target)
{
    if (!source || !target)
        return {};
    QVector<Point> path;
    path.reserve(flow.points.size() + 2);
    path.append(source->bounds.center());
    path.append(flow.points);
    path.append(target->bounds.center());
    return path;
}

int FlowPath::bendInsertionIndex(const Element& flow, const Element* source, const Element* target,
                                 Point at)
{
    // Segment i of the centreline runs into bend i (or into the target after the last bend).
    return nearestSegment(centreline(flow, source, target), at);
}

int FlowPath::nearestSegment(const QVector<Point>& polyline, Point at)
{
    int best = 0;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i + 1 < polyline.size(); ++i) {
        const double distance = distanceToSegment(at, polyline.at(i), polyline.at(i + 1));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

} // namespace latch
