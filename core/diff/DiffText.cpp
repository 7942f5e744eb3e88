#include "DiffText.h"

#include <QStringList>

namespace latch {

namespace {

QString orUnset(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("(unset)") : value;
}

QString fromTo(const QString& before, const QString& after)
{
    return orUnset(before) + QStringLiteral(" → ") + orUnset(after);
}

// Whether/where a set of boundaries was joined or left: "now crosses X", "no longer …".
QString boundaries(const char* verb, const QString& before, const QString& after)
{
    const QString doing = QLatin1String(verb);
    if (before.isEmpty())
        return QStringLiteral("now %1 %2").arg(doing, after);
    if (after.isEmpty())
        return QStringLiteral("no longer %1 %2").arg(doing, before);
    return QStringLiteral("%1 %2 (was %3)").arg(doing, after, before);
}

QString describe(const ModelChange& c)
{
    const QString& change = c.change;
    if (change == QLatin1String("added"))
        return c.after.isEmpty() ? QStringLiteral("added")
                                 : QStringLiteral("added (%1)").arg(c.after);
    if (change == QLatin1String("removed"))
        return c.before.isEmpty() ? QStringLiteral("removed")
                                  : QStringLiteral("removed (%1)").arg(c.before);
    if (change == QLatin1String("crossings"))
        return boundaries("crosses", c.before, c.after);
    if (change == QLatin1String("regions"))
        return boundaries("inside", c.before, c.after);
    if (change == QLatin1String("obsolete"))
        return QStringLiteral("made obsolete (its rule no longer applies)");
    if (change == QLatin1String("revived"))
        return QStringLiteral("applies again");
    if (change == QLatin1String("linked"))
        return QStringLiteral("mitigation linked: ") + c.after;
    if (change == QLatin1String("unlinked"))
        return QStringLiteral("mitigation unlinked: ") + c.before;
    if (change == QLatin1String("library"))
        return QStringLiteral("its own rule library changed");
    if (change == QLatin1String("property") || change == QLatin1String("objective") ||
        change == QLatin1String("changed"))
        return c.field + QStringLiteral(": ") + fromTo(c.before, c.after);
    if (change == QLatin1String("dread"))
        return QStringLiteral("DREAD score ") + fromTo(c.before, c.after);
    if (change == QLatin1String("risk"))
        return QStringLiteral("likelihood × impact ") + fromTo(c.before, c.after);
    if (change == QLatin1String("described") || change == QLatin1String("description") ||
        change == QLatin1String("justification"))
        return change + QStringLiteral(" changed");
    return change + QStringLiteral(": ") + fromTo(c.before, c.after);
}

QString heading(ModelChange::Rank rank)
{
    switch (rank) {
    case ModelChange::Rank::Security:
        return QStringLiteral("Security");
    case ModelChange::Rank::Meaning:
        return QStringLiteral("Model");
    case ModelChange::Rank::Layout:
        return QStringLiteral("Layout");
    }
    return {};
}

QString summary(const QVector<ModelChange>& changes)
{
    int counts[3] = {0, 0, 0};
    for (const ModelChange& c : changes)
        ++counts[int(c.rank)];
    return QStringLiteral("%1 change(s): %2 security, %3 model, %4 layout")
        .arg(changes.size())
        .arg(counts[0])
        .arg(counts[1])
        .arg(counts[2]);
}

// Markdown takes these characters as markup; a name or title is shown as it is.
QString escaped(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QLatin1Char('<'))
            out += QStringLiteral("&lt;");
        else if (c == QLatin1Char('>'))
            out += QStringLiteral("&gt;");
        else if (c == QLatin1Char('&'))
            out += QStringLiteral("&amp;");
        else if (QStringLiteral("\\`*_[]|").contains(c))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

} // namespace

QString DiffText::line(const ModelChange& change)
{
    if (change.subject == QLatin1String("model"))
        return QStringLiteral("model: ") + describe(change);
    return QStringLiteral("%1 “%2”: %3").arg(change.subject, change.name, describe(change));
}

QString DiffText::text(const QVector<ModelChange>& changes, const QString& before,
                       const QString& after)
{
    if (changes.isEmpty())
        return QStringLiteral("%1 and %2: no changes\n").arg(before, after);
    QString out = QStringLiteral("%1 → %2: %3\n").arg(before, after, summary(changes));
    int rank = -1;
    for (const ModelChange& c : changes) {
        if (int(c.rank) != rank) {
            rank = int(c.rank);
            out += QLatin1Char('\n') + heading(c.rank) + QLatin1Char('\n');
        }
        out += QStringLiteral("  - ") + line(c).replace(QLatin1Char('\n'), QLatin1Char(' ')) +
               QLatin1Char('\n');
    }
    return out;
}

QString DiffText::markdown(const QVector<ModelChange>& changes, const QString& before,
                           const QString& after)
{
    QString out =
        QStringLiteral("### Threat model: %1 → %2\n\n").arg(escaped(before), escaped(after));
    if (changes.isEmpty())
        return out + QStringLiteral("No changes.\n");
    out += summary(changes) + QStringLiteral("\n");
    int rank = -1;
    for (const ModelChange& c : changes) {
        if (int(c.rank) != rank) {
            rank = int(c.rank);
            out += QStringLiteral("\n#### ") + heading(c.rank) + QStringLiteral("\n\n");
        }
        const QString what = escaped(describe(c));
        if (c.subject == QLatin1String("model"))
            out += QStringLiteral("- model: ") + what + QLatin1Char('\n');
        else
            out += QStringLiteral("- %1 **%2**: %3\n").arg(c.subject, escaped(c.name), what);
    }
    return out;
}

} // namespace latch
