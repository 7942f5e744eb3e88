#include "RuleText.h"

#include "engine/Rule.h"
#include "engine/ThreatText.h"
#include "model/Threat.h"

#include <QCoreApplication>
#include <QHash>

namespace latch {

namespace {

const char* const context = "latch::rules";

// Parsed translated templates, by their text: rendering happens on every paint of a row.
const TextTemplate* parsed(const QString& text)
{
    static QHash<QString, TextTemplate> cache;
    auto it = cache.find(text);
    if (it == cache.end()) {
        TextTemplate compiled;
        QString error;
        int column = 0;
        if (!compiled.parse(text, &error, &column))
            return nullptr; // a broken translation: show the model's text instead
        it = cache.insert(text, compiled);
    }
    return &*it;
}

QString rendered(const ThreatText& text, const Threat& threat, bool title)
{
    const QString own = title ? threat.title : text.description(threat);
    if (threat.origin != ThreatOrigin::Generated || threat.textEdited || threat.obsolete)
        return own;
    const Rule* rule = text.rule(threat);
    if (!rule)
        return own;
    const QString source = title ? rule->title.text() : rule->description.text();
    const QString translated = RuleText::translate(source);
    if (translated == source)
        return own;
    const TextTemplate* compiled = parsed(translated);
    if (!compiled)
        return own;
    return text.render(*compiled, threat);
}

} // namespace

QString RuleText::translate(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QString translated = QCoreApplication::translate(context, text.toUtf8().constData());
    return translated.isEmpty() ? text : translated;
}

QString RuleText::title(const ThreatText& text, const Threat& threat)
{
    return rendered(text, threat, true);
}

QString RuleText::description(const ThreatText& text, const Threat& threat)
{
    return rendered(text, threat, false);
}

} // namespace latch
