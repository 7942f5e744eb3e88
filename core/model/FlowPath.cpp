#include "FlowPath.h"

#include "Element.h"

namespace latch {

QVector<Point> FlowPath::centreline(const Element& flow, const Element* source,
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

} // namespace latch
