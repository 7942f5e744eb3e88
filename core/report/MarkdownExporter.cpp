#include "MarkdownExporter.h"

#include "engine/RiskScoring.h"
#include "register/ThreatRegister.h"

namespace latch {

namespace {

// Punctuation that starts emphasis, code, links, images, HTML, entities, tables or
// strikethrough anywhere in a line. CommonMark takes a backslash before any ASCII punctuation
// as that character itself.
bool escapedInline(QChar c)
{
    switch (c.unicode()) {
    case u'\\':
    case u'`':
    case u'*':
    case u'_':
    case u'[':
    case u']':
    case u'<':
    case u'>':
    case u'|':
    case u'~':
    case u'&':
    case u'!':
    case u'#':
        return true;
    default:
        return false;
    }
}

QString escapeLine(QStringView line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (QChar c : line) {
        if (escapedInline(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString riskCell(const Model& model, const RegisterEntry& entry)
{
    const QString score = RiskScoring::scoreText(*entry.threat, model.riskMethod);
    const QString band = RiskScoring::bandName(entry.band);
    return score.isEmpty() ? band : band + QStringLiteral(" (") + score + QLatin1Char(')');
}

QString elementCell(const RegisterEntry& entry)
{
    const QString name = MarkdownExporter::inlineText(entry.elementName);
    return entry.elementNumber > 0 ? QStringLiteral("%1 %2").arg(entry.elementNumber).arg(name)
                                   : name;
}

} // namespace

QString MarkdownExporter::inlineText(const QString& text)
{
    return escapeLine(QString(text)
                          .replace(QLatin1Char('\r'), QLatin1Char(' '))
                          .replace(QLatin1Char('\n'), QLatin1Char(' ')));
}

QString MarkdownExporter::blockText(const QString& text)
{
    QStringList lines;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        QString escaped = escapeLine(line);
        // A list item ("- ", "+ ", "1. ", "1) ") or a setext underline ("===") at a line's
        // start; "#", ">" and "*" are escaped everywhere already.
        if (!line.isEmpty() &&
            (line.front() == u'-' || line.front() == u'+' || line.front() == u'='))
            escaped.prepend(QLatin1Char('\\'));
        qsizetype digits = 0;
        while (digits < line.size() && line.at(digits).isDigit())
            ++digits;
        if (digits > 0 && digits < line.size() &&
            (line.at(digits) == u'.' || line.at(digits) == u')'))
            escaped.insert(digits, QLatin1Char('\\'));
        lines << escaped;
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    // Two spaces before a line break keep it a break inside the paragraph.
    return lines.join(QStringLiteral("  \n"));
}

QByteArray MarkdownExporter::write(const Model& model, const ThreatRegister& threatRegister)
{
    const QVector<RegisterEntry>& entries = threatRegister.entries();
    const QString name = model.title.isEmpty() ? QStringLiteral("Threat model") : model.title;
    QString out = QStringLiteral("# Threat register: ") + inlineText(name) + QStringLiteral("\n\n");
    int open = 0;
    for (const RegisterEntry& entry : entries)
        open += !ThreatRegister::isClosed(entry.threat->status) && !entry.threat->obsolete;
    out += QStringLiteral("%1 threats, %2 of them open. Risk by %3.\n\n")
               .arg(entries.size())
               .arg(open)
               .arg(RiskScoring::methodText(model.riskMethod));
    if (!entries.isEmpty()) {
        out += QStringLiteral("| # | Threat | Element | Category | Risk | Status |\n"
                              "|---:|---|---|---|---|---|\n");
        int number = 0;
        for (const RegisterEntry& entry : entries) {
            const Threat& t = *entry.threat;
            out +=
                QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                    .arg(++number)
                    .arg(inlineText(t.title), elementCell(entry),
                         inlineText(ThreatRegister::readable(t.category)), riskCell(model, entry),
                         ThreatRegister::readable(threatStatusName(t.status)) +
                             (t.obsolete ? QStringLiteral(" (obsolete)") : QString()));
        }
    }
    int number = 0;
    for (const RegisterEntry& entry : entries) {
        const Threat& t = *entry.threat;
        out += QStringLiteral("\n## %1. ").arg(++number) + inlineText(t.title) +
               QStringLiteral("\n\n");
        auto item = [&out](const QString& label, const QString& value) {
            if (!value.isEmpty())
                out += QStringLiteral("- **") + label + QStringLiteral(":** ") + value +
                       QLatin1Char('\n');
        };
        item(QStringLiteral("Id"), inlineText(t.id));
        item(QStringLiteral("Element"),
             elementCell(entry) + (entry.diagramName.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" on ") + inlineText(entry.diagramName)));
        item(QStringLiteral("Category"), inlineText(ThreatRegister::readable(t.category)));
        item(QStringLiteral("Risk"), riskCell(model, entry));
        item(QStringLiteral("Status"), ThreatRegister::readable(threatStatusName(t.status)));
        item(QStringLiteral("References"), inlineText(t.references.join(QStringLiteral(", "))));
        item(QStringLiteral("Path"), inlineText(entry.path));
        item(QStringLiteral("Also found at"), inlineText(entry.repeats.join(QStringLiteral("; "))));
        item(QStringLiteral("Mitigations"),
             inlineText(entry.mitigationTitles.join(QStringLiteral("; "))));
        item(QStringLiteral("Justification"), inlineText(t.justification));
        if (const QString text = blockText(threatRegister.description(entry)); !text.isEmpty())
            out += QLatin1Char('\n') + text + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace latch
