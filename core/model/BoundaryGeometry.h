#pragma once

#include "Point.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace latch {

struct Diagram;
struct Element;

// Derives trust-boundary membership and crossings from a diagram's geometry; they are never
// typed in by hand. Build one per diagram and ask it about many flows.
//
// An element lies inside a region when its centre does (regions may nest). A flow crosses a
// region when exactly one of its endpoints lies inside, and a line boundary when the flow's path
// (source centre, bend points, target centre) intersects the line.
class BoundaryGeometry
{
public:
    explicit BoundaryGeometry(const Diagram& diagram);

    // Ids of the boundaries the flow crosses, in diagram order. Empty for a dangling flow.
    QStringList crossings(const Element& flow) const;
    bool crossesAny(const Element& flow) const { return !crossings(flow).isEmpty(); }

    // Ids of the region boundaries around an element, outermost first.
    QStringList regionsAround(const Element& element) const;

    // The polyline a flow is drawn along; empty when an endpoint is missing.
    QVector<Point> flowPath(const Element& flow) const;

    // Closed segments: touching at an end point or overlapping along a line counts.
    static bool segmentsIntersect(Point a1, Point a2, Point b1, Point b2);
    static bool polylinesIntersect(const QVector<Point>& a, const QVector<Point>& b);

private:
    QHash<QString, const Element*> m_elements;
    QVector<const Element*> m_boundaries;
};

} // namespace latch
