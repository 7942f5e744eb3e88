#include "RuleText.h"

#include "Document.h"
#include "engine/ThreatText.h"

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

QString rendered(const Document& document, const Threat& threat, bool title)
{
    const QString own = title ? threat.title : document.threatText().description(threat);
    if (threat.origin != ThreatOrigin::Generated || threat.textEdited || threat.obsolete)
        return own;
    const Rule* rule = document.library().findRule(threat.rule);
    const Element* element = document.element(threat.element);
    if (!rule || !element)
        return own;
    const QString source = title ? rule->title.text() : rule->description.text();
    const QString translated = RuleText::translate(source);
    if (translated == source)
        return own;
    const TextTemplate* compiled = parsed(translated);
    if (!compiled)
        return own;
    return document.threatText().render(*compiled, threat);
}

} // namespace

QString RuleText::translate(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QString translated = QCoreApplication::translate(context, text.toUtf8().constData());
    return translated.isEmpty() ? text : translated;
}

QString RuleText::title(const Document& document, const Threat& threat)
{
    return rendered(document, threat, true);
}

QString RuleText::description(const Document& document, const Threat& threat)
{
    return rendered(document, threat, false);
}

} // namespace latch
