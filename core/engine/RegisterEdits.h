#pragma once

#include <QString>

namespace latch {

class ThreatText;
struct Threat;

// Changes to the register that follow a domain rule, in one place for every caller (the
// threats panel, its table, the command line).
class RegisterEdits
{
public:
    // The threat in the team's own words. A generated threat whose title or description
    // changes is marked reworded (`textEdited`): regeneration keeps its words from then on, so
    // both are stored, the description as it read when it was still the rule's.
    static Threat reworded(const Threat& threat, const ThreatText& text, const QString& title,
                           const QString& description);
};

} // namespace latch
