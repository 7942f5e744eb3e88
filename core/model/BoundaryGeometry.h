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
    // Over a subset of a diagram: enough for the flows whose ends and boundaries are given.
    explicit BoundaryGeometry(const QVector<const Element*>& elements);

    const Element* element(const QString& id) const { return m_elements.value(id); }

    // The boundaries the flow crosses, in diagram order. Empty for a dangling flow.
    QVector<const Element*> crossingBoundaries(const Element& flow) const;
    QStringList crossings(const Element& flow) const;
    bool crossesAny(const Element& flow) const { return !crossingBoundaries(flow).isEmpty(); }

    // Whether the region encloses the element: its centre lies inside (the one rule of region
    // membership, which the editor shows while a region is dragged).
    static bool encloses(const Element& region, const Element& element);
    // The region boundaries around an element, outermost first.
    QVector<const Element*> regionBoundariesAround(const Element& element) const;
    QStringList regionsAround(const Element& element) const;

    // The flow's FlowPath::centreline; empty when an endpoint is missing.
    QVector<Point> flowPath(const Element& flow) const;

    // Closed segments: touching at an end point or overlapping along a line counts.
    static bool segmentsIntersect(Point a1, Point a2, Point b1, Point b2);
    static bool polylinesIntersect(const QVector<Point>& a, const QVector<Point>& b);

private:
    // Boundaries are filed in a uniform grid by their bounding box, so that a flow is only
    // tested against the boundaries near it: large diagrams stay linear, not flows x boundaries.
    using Cell = quint64;
    static constexpr int cellSize = 1024;
    static constexpr qint64 maximumCellsPerQuery = 4096;
    static int cellOf(int coordinate);
    static Cell cellAt(int column, int row);
    void file(int boundaryIndex, int left, int top, int right, int bottom);
    // Indexes into m_boundaries near the box, ascending (diagram order).
    QVector<int> candidates(int left, int top, int right, int bottom) const;

    QHash<QString, const Element*> m_elements;
    QVector<const Element*> m_boundaries;
    QHash<Cell, QVector<int>> m_grid;
    QVector<int> m_everywhere; // boundaries too large to file cell by cell
};

} // namespace latch
