#pragma once

#include <QHash>
#include <QRectF>
#include <QVector>

namespace latch {

struct Diagram;

// What flow labels keep clear of on a diagram (its shapes and their badges), filed in a grid
// so that placing every label of a large diagram stays linear.
class LabelObstacles
{
public:
    explicit LabelObstacles(const Diagram& diagram);

    // The obstacles that may meet `area`.
    QVector<QRectF> near(const QRectF& area) const;

private:
    static constexpr qreal cellSize = 256;
    using Cell = quint64;
    static Cell cellAt(qint64 column, qint64 row);

    QVector<QRectF> m_rects;
    QHash<Cell, QVector<int>> m_grid;
};

} // namespace latch
