#include "CsvExporter.h"

#include "register/ThreatRegister.h"

namespace latch {

QStringList CsvExporter::columns()
{
    return {QStringLiteral("id"),
            QStringLiteral("element_number"),
            QStringLiteral("element"),
            QStringLiteral("element_id"),
            QStringLiteral("diagram"),
            QStringLiteral("category"),
            QStringLiteral("title"),
            QStringLiteral("description"),
            QStringLiteral("references"),
            QStringLiteral("damage"),
            QStringLiteral("reproducibility"),
            QStringLiteral("exploitability"),
            QStringLiteral("affected_users"),
            QStringLiteral("discoverability"),
            QStringLiteral("dread_score"),
            QStringLiteral("likelihood"),
            QStringLiteral("impact"),
            QStringLiteral("risk_band"),
            QStringLiteral("status"),
            QStringLiteral("justification"),
            QStringLiteral("mitigations"),
            QStringLiteral("mitigation_ids"),
            QStringLiteral("rule"),
            QStringLiteral("origin"),
            QStringLiteral("obsolete"),
            QStringLiteral("path"),
            QStringLiteral("repeats"),
            QStringLiteral("repeat_of")};
}

namespace {

// Leading characters a spreadsheet may skip before it looks for a formula: spaces, tabs, line
// ends, no-break spaces (U+00A0, U+2007, U+202F) and the ideographic space (U+3000).
bool isSkippedBlank(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case u'\r':
    case u'\n':
    case u'\u00a0':
    case u'\u2007':
    case u'\u202f':
    case u'\u3000':
        return true;
    default:
        return false;
    }
}

// The signs that start a formula, in ASCII and full width (U+FF1D, U+FF0B, U+FF0D, U+FF20).
bool startsFormula(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\uff1d':
    case u'\uff0b':
    case u'\uff0d':
    case u'\uff20':
        return true;
    default:
        return false;
    }
}

bool needsApostrophe(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.at(0);
    if (first == QLatin1Char('\'') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return true;
    for (const QChar c : text) {
        if (!isSkippedBlank(c))
            return startsFormula(c);
    }
    return false; // blanks only
}

} // namespace

QString CsvExporter::textCell(const QString& text)
{
    QString cell = text;
    if (needsApostrophe(cell))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QByteArray CsvExporter::write(const Model& model, const ReportOptions& options)
{
    return write(ThreatRegister(model, options));
}

QByteArray CsvExporter::write(const ThreatRegister& threatRegister)
{
    QString out = columns().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    auto number = [](std::optional<int> value) {
        return value ? QString::number(*value) : QString();
    };
    for (const RegisterEntry& entry : threatRegister.entries()) {
        const Threat& t = *entry.threat;
        const auto& d = t.dread;
        const QStringList row = {textCell(t.id),
                                 entry.elementNumber > 0 ? QString::number(entry.elementNumber)
                                                         : QString(),
                                 textCell(entry.elementName),
                                 textCell(t.element),
                                 textCell(entry.diagramName),
                                 textCell(t.category),
                                 textCell(t.title),
                                 textCell(threatRegister.description(entry)),
                                 textCell(t.references.join(QLatin1Char(';'))),
                                 number(d ? std::optional(d->damage) : std::nullopt),
                                 number(d ? std::optional(d->reproducibility) : std::nullopt),
                                 number(d ? std::optional(d->exploitability) : std::nullopt),
                                 number(d ? std::optional(d->affectedUsers) : std::nullopt),
                                 number(d ? std::optional(d->discoverability) : std::nullopt),
                                 d ? QString::number(d->composite(), 'f', 1) : QString(),
                                 number(t.risk ? std::optional(t.risk->likelihood) : std::nullopt),
                                 number(t.risk ? std::optional(t.risk->impact) : std::nullopt),
                                 RiskScoring::bandName(entry.band),
                                 threatStatusName(t.status),
                                 textCell(t.justification),
                                 textCell(entry.mitigationTitles.join(QStringLiteral("; "))),
                                 textCell(t.mitigations.join(QLatin1Char(';'))),
                                 textCell(t.rule),
                                 t.origin == ThreatOrigin::Generated ? QStringLiteral("generated")
                                                                     : QStringLiteral("manual"),
                                 t.obsolete ? QStringLiteral("true") : QStringLiteral("false"),
                                 textCell(entry.path),
                                 textCell(entry.repeats.join(QStringLiteral("; "))),
                                 textCell(entry.repeatOf)};
        out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace latch
