#pragma once

#include "Point.h"

#include <QPointF>
#include <QVector>

namespace latch {

struct Element;

// The one definition of the path a data flow takes: from the centre of its source, through
// its bend points, to the centre of its target; straight between them, or for a curved flow
// the smooth curve through them. Trust-boundary crossings are decided on it
// (BoundaryGeometry); drawings take the same path with its two ends cut at the shapes'
// outlines (DiagramPainter::flowPolyline), so that what is drawn crossing a boundary is what
// the engine counts as crossing it. The one exception is drawing-only: straight flows between
// the same two shapes are drawn a few units apart (laneOffset), each side of this path.
class FlowPath
{
public:
    // Source centre, bend points, target centre: the points the path goes through. Empty when
    // an end is missing (a dangling flow).
    static QVector<Point> controlPoints(const Element& flow, const Element* source,
                                        const Element* target);
    // The path itself: the control points for a straight flow, the curve through them sampled
    // densely (rounded to whole units) for a curved one. Empty for a dangling flow.
    static QVector<Point> centreline(const Element& flow, const Element* source,
                                     const Element* target);
    // The smooth curve through `control`, as points along it: with one inner point, the
    // quadratic curve that passes through it halfway (how TMT draws a handle); with more, a
    // Catmull-Rom spline through every point. Straight for two points.
    static QVector<QPointF> smoothCurve(const QVector<QPointF>& control);
    static constexpr int samplesPerSpan = 16;

    // Straight flows between the same two shapes, drawn side by side: how far across its
    // line (to the left of its direction, in units) this flow is drawn, given every flow
    // between the same two shapes (itself included, either direction). 0 for a flow alone or
    // one with bend points (its user routed it).
    static double laneOffset(const Element& flow, const QVector<const Element*>& between);
    static constexpr double laneSpacing = 18;
    // Where a new bend point at `at` goes in the flow's points: on the segment of the
    // centreline nearest to it, so that the path bends there and keeps its other bends in
    // order. An index from 0 to points.size(); 0 for a dangling flow.
    static int bendInsertionIndex(const Element& flow, const Element* source, const Element* target,
                                  Point at);
    // Of any polyline (a flow's centreline, a boundary line's vertices): the segment nearest
    // to `at`, from 0 (points 0 and 1) to size() - 2; 0 for fewer than two points.
    static int nearestSegment(const QVector<Point>& polyline, Point at);
};

} // namespace latch
