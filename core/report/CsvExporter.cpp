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
            QStringLiteral("obsolete")};
}

QString CsvExporter::textCell(const QString& text)
{
    QString cell = text;
    static const QString risky = QStringLiteral("=+-@\t\r'");
    if (!cell.isEmpty() && risky.contains(cell.at(0)))
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
                                 t.obsolete ? QStringLiteral("true") : QStringLiteral("false")};
        out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace latch
