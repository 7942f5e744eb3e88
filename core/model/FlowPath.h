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
};

} // namespace latch
