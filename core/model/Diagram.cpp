#include "Diagram.h"

#include <algorithm>

namespace latch {

const Element* Diagram::findElement(const QString& elementId) const
{
    auto it = std::find_if(elements.cbegin(), elements.cend(),
                           [&](const Element& e) { return e.id == elementId; });
    return it == elements.cend() ? nullptr : &*it;
}

Element* Diagram::findElement(const QString& elementId)
{
    auto it = std::find_if(elements.begin(), elements.end(),
                           [&](const Element& e) { return e.id == elementId; });
    return it == elements.end() ? nullptr : &*it;
}

} // namespace latch
