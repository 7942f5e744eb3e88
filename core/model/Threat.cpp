#include "Threat.h"

namespace latch {

bool operator==(const Threat& a, const Threat& b)
{
    return a.id == b.id && a.rule == b.rule && a.element == b.element && a.category == b.category &&
           a.title == b.title && a.description == b.description && a.references == b.references &&
           a.dread == b.dread && a.risk == b.risk && a.status == b.status &&
           a.justification == b.justification && a.mitigations == b.mitigations &&
           a.origin == b.origin && a.textEdited == b.textEdited && a.obsolete == b.obsolete &&
           a.distinct == b.distinct;
}

} // namespace latch
