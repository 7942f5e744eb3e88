#pragma once

#include "Point.h"

#include <QVector>

namespace latch {

struct Element;

// The one definition of the path a data flow takes: from the centre of its source, through
// its bend points, to the centre of its target. Trust-boundary crossings are decided on it
// (BoundaryGeometry); drawings take the same path with its two ends moved out to the shapes'
// outlines (DiagramPainter::flowPolyline), so that what is drawn crossing a boundary is what
// the engine counts as crossing it.
class FlowPath
{
public:
    // Empty when an end is missing (a dangling flow).
    static QVector<Point> centreline(const Element& flow, const Element* source,
                                     const Element* target);
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
