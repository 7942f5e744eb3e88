#include "Element.h"

namespace latch {

bool operator==(const Element& a, const Element& b)
{
    return a.id == b.id && a.kind == b.kind && a.effectiveType() == b.effectiveType() &&
           a.name == b.name && a.description == b.description && a.bounds == b.bounds &&
           a.source == b.source && a.target == b.target && a.bidirectional == b.bidirectional &&
           a.points == b.points && a.curved == b.curved && a.labelOffset == b.labelOffset &&
           a.shape == b.shape && a.properties == b.properties;
}

} // namespace latch
