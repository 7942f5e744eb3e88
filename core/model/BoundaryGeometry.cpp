#include "BoundaryGeometry.h"

#include "Diagram.h"
#include "FlowPath.h"

#include <algorithm>
#include <numeric>

namespace latch {

namespace {

// Orientation of the turn a -> b -> c: > 0 counter-clockwise, < 0 clockwise, 0 collinear.
// 64-bit arithmetic: coordinates are bounded by the reader, products are not.
qint64 cross(Point a, Point b, Point c)
{
    return qint64(b.x - a.x) * qint64(c.y - a.y) - qint64(b.y - a.y) * qint64(c.x - a.x);
}

int sign(qint64 v)
{
    return (v > 0) - (v < 0);
}

bool onSegment(Point a, Point b, Point p)
{
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y &&
           p.y <= std::max(a.y, b.y);
}

} // namespace

namespace {

QVector<const Element*> pointersTo(const Diagram& diagram)
{
    QVector<const Element*> pointers;
    pointers.reserve(diagram.elements.size());
    for (const Element& element : diagram.elements)
        pointers.append(&element);
    return pointers;
}

QStringList idsOf(const QVector<const Element*>& elements)
{
    QStringList ids;
    ids.reserve(elements.size());
    for (const Element* element : elements)
        ids.append(element->id);
    return ids;
}

} // namespace

BoundaryGeometry::BoundaryGeometry(const Diagram& diagram)
    : BoundaryGeometry(pointersTo(diagram))
{
}

BoundaryGeometry::BoundaryGeometry(const QVector<const Element*>& elements)
{
    m_elements.reserve(elements.size());
    for (const Element* pointer : elements) {
        const Element& element = *pointer;
        m_elements.insert(element.id, &element);
        if (element.kind != ElementKind::Boundary)
            continue;
        const int index = int(m_boundaries.size());
        m_boundaries.append(&element);
        if (element.isRegionBoundary()) {
            const Rect& r = element.bounds;
            file(index, r.x, r.y, r.x + r.width, r.y + r.height);
        } else if (!element.points.isEmpty()) {
            int left = element.points.first().x;
            int right = left;
            int top = element.points.first().y;
            int bottom = top;
            for (const Point& p : element.points) {
                left = std::min(left, p.x);
                right = std::max(right, p.x);
                top = std::min(top, p.y);
                bottom = std::max(bottom, p.y);
            }
            file(index, left, top, right, bottom);
        }
    }
}

int BoundaryGeometry::cellOf(int coordinate)
{
    // Floor division, so that negative coordinates fall into cells of their own.
    return coordinate >= 0 ? coordinate / cellSize : -((-coordinate + cellSize - 1) / cellSize);
}

BoundaryGeometry::Cell BoundaryGeometry::cellAt(int column, int row)
{
    return (quint64(quint32(column)) << 32) | quint64(quint32(row));
}

void BoundaryGeometry::file(int boundaryIndex, int left, int top, int right, int bottom)
{
    const int c0 = cellOf(left);
    const int c1 = cellOf(right);
    const int r0 = cellOf(top);
    const int r1 = cellOf(bottom);
    if (qint64(c1 - c0 + 1) * qint64(r1 - r0 + 1) > maximumCellsPerQuery) {
        m_everywhere.append(boundaryIndex);
        return;
    }
    for (int c = c0; c <= c1; ++c) {
        for (int r = r0; r <= r1; ++r)
            m_grid[cellAt(c, r)].append(boundaryIndex);
    }
}

QVector<int> BoundaryGeometry::candidates(int left, int top, int right, int bottom) const
{
    const int c0 = cellOf(left);
    const int c1 = cellOf(right);
    const int r0 = cellOf(top);
    const int r1 = cellOf(bottom);
    QVector<int> found;
    if (qint64(c1 - c0 + 1) * qint64(r1 - r0 + 1) > maximumCellsPerQuery) {
        found.resize(m_boundaries.size());
        std::iota(found.begin(), found.end(), 0);
        return found;
    }
    found = m_everywhere;
    for (int c = c0; c <= c1; ++c) {
        for (int r = r0; r <= r1; ++r) {
            auto it = m_grid.constFind(cellAt(c, r));
            if (it != m_grid.cend())
                found.append(*it);
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

QVector<Point> BoundaryGeometry::flowPath(const Element& flow) const
{
    return FlowPath::centreline(flow, m_elements.value(flow.source), m_elements.value(flow.target));
}

QStringList BoundaryGeometry::crossings(const Element& flow) const
{
    return idsOf(crossingBoundaries(flow));
}

QVector<const Element*> BoundaryGeometry::crossingBoundaries(const Element& flow) const
{
    QVector<const Element*> result;
    const QVector<Point> path = flowPath(flow);
    if (path.isEmpty())
        return result;
    const Point from = path.first();
    const Point to = path.last();
    int left = from.x;
    int right = from.x;
    int top = from.y;
    int bottom = from.y;
    for (const Point& p : path) {
        left = std::min(left, p.x);
        right = std::max(right, p.x);
        top = std::min(top, p.y);
        bottom = std::max(bottom, p.y);
    }
    // A crossed region contains one endpoint, and a crossed line meets the path: either way
    // the boundary's box overlaps the path's box.
    for (int index : candidates(left, top, right, bottom)) {
        const Element* boundary = m_boundaries.at(index);
        if (boundary->isRegionBoundary()) {
            if (boundary->bounds.contains(from) != boundary->bounds.contains(to))
                result.append(boundary);
        } else if (polylinesIntersect(path, boundary->points)) {
            result.append(boundary);
        }
    }
    return result;
}

QStringList BoundaryGeometry::regionsAround(const Element& element) const
{
    return idsOf(regionBoundariesAround(element));
}

bool BoundaryGeometry::encloses(const Element& region, const Element& element)
{
    return region.isRegionBoundary() && &region != &element && region.id != element.id &&
           region.bounds.contains(element.bounds.center());
}

QVector<const Element*> BoundaryGeometry::regionBoundariesAround(const Element& element) const
{
    const Point centre = element.bounds.center();
    QVector<const Element*> around;
    for (int index : candidates(centre.x, centre.y, centre.x, centre.y)) {
        const Element* boundary = m_boundaries.at(index);
        if (encloses(*boundary, element))
            around.append(boundary);
    }
    // Outermost first: a nested region is smaller than the one it sits in.
    std::stable_sort(around.begin(), around.end(), [](const Element* a, const Element* b) {
        return qint64(a->bounds.width) * a->bounds.height >
               qint64(b->bounds.width) * b->bounds.height;
    });
    return around;
}

bool BoundaryGeometry::segmentsIntersect(Point a1, Point a2, Point b1, Point b2)
{
    const int d1 = sign(cross(b1, b2, a1));
    const int d2 = sign(cross(b1, b2, a2));
    const int d3 = sign(cross(a1, a2, b1));
    const int d4 = sign(cross(a1, a2, b2));
    if (d1 * d2 < 0 && d3 * d4 < 0)
        return true; // a proper crossing
    // An end point lying on the other segment: touching, or collinear overlap.
    if (d1 == 0 && onSegment(b1, b2, a1))
        return true;
    if (d2 == 0 && onSegment(b1, b2, a2))
        return true;
    if (d3 == 0 && onSegment(a1, a2, b1))
        return true;
    if (d4 == 0 && onSegment(a1, a2, b2))
        return true;
    return false;
}

bool BoundaryGeometry::polylinesIntersect(const QVector<Point>& a, const QVector<Point>& b)
{
    for (qsizetype i = 0; i + 1 < a.size(); ++i) {
        for (qsizetype j = 0; j + 1 < b.size(); ++j) {
            if (segmentsIntersect(a[i], a[i + 1], b[j], b[j + 1]))
                return true;
        }
    }
    return false;
}

} // namespace latch
