#include "RegisterEdits.h"

#include "ThreatText.h"
#include "model/Threat.h"

namespace latch {

Threat RegisterEdits::reworded(const Threat& threat, const ThreatText& text, const QString& title,
                               const QString& description)
{
    const QString shown = text.description(threat);
    Threat result = threat;
    if (title == threat.title && description == shown)
        return result;
    result.title = title;
    result.description = description;
    if (threat.origin == ThreatOrigin::Generated)
        result.textEdited = true;
    return result;
}

} // namespace latch
