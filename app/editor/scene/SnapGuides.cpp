#include "SnapGuides.h"

#include <array>
#include <cmath>
#include <optional>

namespace latch {

namespace {

// Left, centre, right (or top, centre, bottom) of a box along one axis.
std::array<qreal, 3> features(const QRectF& r, bool horizontal)
{
    return horizontal ? std::array<qreal, 3>{r.left(), r.center().x(), r.right()}
                      : std::array<qreal, 3>{r.top(), r.center().y(), r.bottom()};
}

struct Match
{
    qreal shift = 0; // moving feature → other feature
    qreal at = 0;    // the aligned coordinate
    QRectF other;
};

std::optional<Match> nearest(const QRectF& moving, const QVector<QRectF>& others, qreal reach,
                             bool horizontal)
{
    std::optional<Match> best;
    for (const QRectF& other : others) {
        for (qreal mine : features(moving, horizontal)) {
            for (qreal theirs : features(other, horizontal)) {
                const qreal shift = theirs - mine;
                if (std::abs(shift) <= reach && (!best || std::abs(shift) < std::abs(best->shift)))
                    best = Match{shift, theirs, other};
            }
        }
    }
    return best;
}

} // namespace

SnapGuides::Result SnapGuides::snap(const QRectF& moving, const QVector<QRectF>& others,
                                    qreal reach)
{
    Result result;
    const auto x = nearest(moving, others, reach, true);
    const auto y = nearest(moving, others, reach, false);
    if (x)
        result.correction.setX(x->shift);
    if (y)
        result.correction.setY(y->shift);
    const QRectF placed = moving.translated(result.correction);
    if (x) {
        const QRectF span = placed.united(x->other);
        result.guides.append(QLineF(x->at, span.top(), x->at, span.bottom()));
    }
    if (y) {
        const QRectF span = placed.united(y->other);
        result.guides.append(QLineF(span.left(), y->at, span.right(), y->at));
    }
    return result;
}

} // namespace latch
