#include "TrackerCsvExporter.h"

#include "CsvExporter.h"
#include "register/ThreatRegister.h"

#include <QRegularExpression>

#include <algorithm>

namespace latch {

namespace {

constexpr qsizetype summaryLimit = 255;

QString riskText(const Model& model, const Threat& threat, RiskBand band)
{
    const QString score = RiskScoring::scoreText(threat, model.riskMethod);
    if (score.isEmpty())
        return RiskScoring::bandName(band);
    return QStringLiteral("%1 (%2 %3)")
        .arg(RiskScoring::bandName(band), RiskScoring::methodText(model.riskMethod), score);
}

QString row(const QStringList& cells)
{
    return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QString TrackerCsvExporter::jiraPriority(RiskBand band)
{
    switch (band) {
    case RiskBand::Critical:
        return QStringLiteral("Highest");
    case RiskBand::High:
        return QStringLiteral("High");
    case RiskBand::Medium:
        return QStringLiteral("Medium");
    case RiskBand::Low:
        return QStringLiteral("Low");
    case RiskBand::Unscored:
        break;
    }
    return {};
}

QStringList TrackerCsvExporter::labels(const RegisterEntry& entry)
{
    QStringList out{QStringLiteral("threat-model")};
    // Category ids are lowercase words joined by "_" (the library format says so).
    if (!entry.threat->category.isEmpty())
        out.append(QString(entry.threat->category).replace(QLatin1Char('_'), QLatin1Char('-')));
    if (entry.band != RiskBand::Unscored)
        out.append(QStringLiteral("risk-") + RiskScoring::bandName(entry.band));
    static const QRegularExpression owasp(QStringLiteral("^API(10|[1-9]):(\\d{4})$"));
    for (const QString& reference : entry.threat->references) {
        const auto match = owasp.match(reference.trimmed());
        if (match.hasMatch()) {
            const QString label =
                QStringLiteral("owasp-api%1-%2").arg(match.captured(1), match.captured(2));
            if (!out.contains(label))
                out.append(label);
        }
    }
    return out;
}

QString TrackerCsvExporter::summary(const RegisterEntry& entry)
{
    QString text = entry.threat->title.simplified();
    if (text.size() > summaryLimit)
        text = text.left(summaryLimit - 1) + QChar(0x2026);
    return text;
}

QString TrackerCsvExporter::description(const Model& model, const ThreatRegister& threatRegister,
                                        const RegisterEntry& entry)
{
    const Threat& t = *entry.threat;
    QStringList lines;
    if (const QString text = threatRegister.description(entry).trimmed(); !text.isEmpty())
        lines << text << QString();
    QString where = entry.elementName;
    if (entry.elementNumber > 0)
        where +=
            QStringLiteral(" (element %1").arg(entry.elementNumber) +
            (entry.diagramName.isEmpty() ? QString() : QStringLiteral(" on ") + entry.diagramName) +
            QLatin1Char(')');
    lines << QStringLiteral("Element: ") + where;
    lines << QStringLiteral("Category: ") + ThreatRegister::readable(t.category);
    lines << QStringLiteral("Risk: ") + riskText(model, t, entry.band);
    lines << QStringLiteral("Status in the threat model: ") +
                 ThreatRegister::readable(threatStatusName(t.status));
    if (!t.references.isEmpty())
        lines << QStringLiteral("References: ") + t.references.join(QStringLiteral(", "));
    if (!entry.path.isEmpty())
        lines << QStringLiteral("Path: ") + entry.path;
    if (!entry.repeats.isEmpty())
        lines << QStringLiteral("Also found at: ") + entry.repeats.join(QStringLiteral("; "));
    if (!entry.mitigationTitles.isEmpty())
        lines << QStringLiteral("Mitigations: ") +
                     entry.mitigationTitles.join(QStringLiteral("; "));
    if (!t.justification.isEmpty())
        lines << QStringLiteral("Justification: ") + t.justification;
    lines << QStringLiteral("Threat id in the model: ") + t.id;
    return lines.join(QLatin1Char('\n'));
}

QByteArray TrackerCsvExporter::write(const Model& model, const ThreatRegister& threatRegister,
                                     Tracker tracker)
{
    QString out;
    if (tracker == Tracker::GitLab) {
        out += row({QStringLiteral("title"), QStringLiteral("description")});
        for (const RegisterEntry& entry : threatRegister.entries()) {
            QStringList quoted;
            for (const QString& label : labels(entry))
                quoted << QStringLiteral("~\"") + label + QLatin1Char('"');
            const QString text = description(model, threatRegister, entry) +
                                 QStringLiteral("\n\n/label ") + quoted.join(QLatin1Char(' '));
            out += row({CsvExporter::textCell(summary(entry)), CsvExporter::textCell(text)});
        }
        return out.toUtf8();
    }
    // Jira: as many Labels columns as the most labelled threat needs.
    qsizetype labelColumns = 1;
    for (const RegisterEntry& entry : threatRegister.entries())
        labelColumns = std::max(labelColumns, labels(entry).size());
    QStringList header{QStringLiteral("Summary"), QStringLiteral("Issue Type"),
                       QStringLiteral("Priority"), QStringLiteral("Description")};
    for (qsizetype i = 0; i < labelColumns; ++i)
        header << QStringLiteral("Labels");
    out += row(header);
    for (const RegisterEntry& entry : threatRegister.entries()) {
        QStringList cells{CsvExporter::textCell(summary(entry)), QStringLiteral("Task"),
                          jiraPriority(entry.band),
                          CsvExporter::textCell(description(model, threatRegister, entry))};
        QStringList names = labels(entry);
        while (names.size() < labelColumns)
            names << QString();
        for (const QString& label : std::as_const(names))
            cells << CsvExporter::textCell(label);
        out += row(cells);
    }
    return out.toUtf8();
}

} // namespace latch
