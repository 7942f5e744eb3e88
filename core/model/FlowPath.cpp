#include "FlowPath.h"

#include "Element.h"

#include <QStringList>

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

QVector<Point> FlowPath::controlPoints(const Element& flow, const Element* source,
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

QVector<Point> FlowPath::centreline(const Element& flow, const Element* source,
                                    const Element* target)
{
    QVector<Point> control = controlPoints(flow, source, target);
    if (!flow.curved || control.size() < 3)
        return control;
    QVector<QPointF> exact;
    exact.reserve(control.size());
    for (const Point& p : std::as_const(control))
        exact.append(QPointF(p.x, p.y));
    QVector<Point> path;
    for (const QPointF& p : smoothCurve(exact)) {
        const Point rounded{qRound(p.x()), qRound(p.y())};
        if (path.isEmpty() || path.last() != rounded)
            path.append(rounded);
    }
    return path;
}

QVector<QPointF> FlowPath::smoothCurve(const QVector<QPointF>& control)
{
    if (control.size() < 3)
        return control;
    QVector<QPointF> curve;
    if (control.size() == 3) {
        // The quadratic through the handle at t = 1/2: its control point lies twice as far
        // from the chord's middle as the handle does.
        const QPointF from = control.at(0);
        const QPointF to = control.at(2);
        const QPointF pull = 2 * control.at(1) - (from + to) / 2;
        const int steps = 2 * samplesPerSpan;
        curve.reserve(steps + 1);
        for (int i = 0; i <= steps; ++i) {
            const double t = double(i) / steps;
            curve.append((1 - t) * (1 - t) * from + 2 * t * (1 - t) * pull + t * t * to);
        }
        return curve;
    }
    // Catmull-Rom: each span is a cubic Bezier whose tangents at its ends point from the
    // previous point to the next, so the curve passes every point without a kink.
    const qsizetype last = control.size() - 1;
    curve.reserve(last * samplesPerSpan + 1);
    curve.append(control.first());
    for (qsizetype i = 0; i < last; ++i) {
        const QPointF p0 = control.at(std::max<qsizetype>(i - 1, 0));
        const QPointF p1 = control.at(i);
        const QPointF p2 = control.at(i + 1);
        const QPointF p3 = control.at(std::min(i + 2, last));
        const QPointF b1 = p1 + (p2 - p0) / 6;
        const QPointF b2 = p2 - (p3 - p1) / 6;
        for (int k = 1; k <= samplesPerSpan; ++k) {
            const double t = double(k) / samplesPerSpan;
            const double u = 1 - t;
            curve.append(u * u * u * p1 + 3 * u * u * t * b1 + 3 * u * t * t * b2 + t * t * t * p2);
        }
    }
    return curve;
}

double FlowPath::laneOffset(const Element& flow, const QVector<const Element*>& between)
{
    if (!flow.points.isEmpty())
        return 0;
    QStringList straight;
    for (const Element* other : between) {
        if (other && other->points.isEmpty() &&
            ((other->source == flow.source && other->target == flow.target) ||
             (other->source == flow.target && other->target == flow.source)))
            straight.append(other->id);
    }
    if (straight.size() < 2)
        return 0;
    straight.sort();
    straight.removeDuplicates();
    const qsizetype lane = straight.indexOf(flow.id);
    if (lane < 0)
        return 0;
    // Lanes are counted across the line from the lower id's shape to the other, so that a
    // flow and its reply land on different sides whichever way each one points.
    double offset = (double(lane) - double(straight.size() - 1) / 2) * laneSpacing;
    if (flow.target < flow.source)
        offset = -offset;
    return offset;
}

int FlowPath::bendInsertionIndex(const Element& flow, const Element* source, const Element* target,
                                 Point at)
{
    // Segment i of the centreline runs into bend i (or into the target after the last bend).
    return nearestSegment(controlPoints(flow, source, target), at);
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
