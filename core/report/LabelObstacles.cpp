#include "LabelObstacles.h"

#include "DiagramPainter.h"
#include "model/Diagram.h"

#include <algorithm>
#include <cmath>

namespace latch {

namespace {

qint64 cellOf(qreal coordinate, qreal size)
{
    return qint64(std::floor(coordinate / size));
}

} // namespace

LabelObstacles::Cell LabelObstacles::cellAt(qint64 column, qint64 row)
{
    return (quint64(quint32(qint32(column))) << 32) | quint32(qint32(row));
}

LabelObstacles::LabelObstacles(const Diagram& diagram)
{
    for (const Element& e : diagram.elements) {
        if (!isBoxShaped(e.kind))
            continue;
        for (const QRectF& r : DiagramPainter::labelObstacles(e)) {
            const int index = int(m_rects.size());
            m_rects.append(r);
            for (qint64 c = cellOf(r.left(), cellSize); c <= cellOf(r.right(), cellSize); ++c) {
                for (qint64 w = cellOf(r.top(), cellSize); w <= cellOf(r.bottom(), cellSize); ++w)
                    m_grid[cellAt(c, w)].append(index);
            }
        }
    }
}

QVector<QRectF> LabelObstacles::near(const QRectF& area) const
{
    QVector<int> found;
    for (qint64 c = cellOf(area.left(), cellSize); c <= cellOf(area.right(), cellSize); ++c) {
        for (qint64 w = cellOf(area.top(), cellSize); w <= cellOf(area.bottom(), cellSize); ++w) {
            const auto it = m_grid.constFind(cellAt(c, w));
            if (it != m_grid.cend())
                found += *it;
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    QVector<QRectF> rects;
    rects.reserve(found.size());
    for (int index : std::as_const(found))
        rects.append(m_rects.at(index));
    return rects;
}

} // namespace latch
