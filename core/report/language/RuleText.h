#pragma once

#include <QString>

namespace latch {

class ThreatText;
struct Threat;

// The rule library's text in the user's language, for display only. A model keeps the text
// its rules rendered in English (so that a file reads the same for everyone); the editor and
// the PDF and HTML reports show a generated threat's title and description rendered again
// from the translated template, unless the team reworded it. Without a translation (English,
// or a rule of the team's own), the model's own text is shown.
class RuleText
{
public:
    // Any text of the built-in library: a type name, a property label, a mitigation.
    static QString translate(const QString& text);

    // Over the threat text of the model the threat belongs to.
    static QString title(const ThreatText& text, const Threat& threat);
    static QString description(const ThreatText& text, const Threat& threat);
};

} // namespace latch
