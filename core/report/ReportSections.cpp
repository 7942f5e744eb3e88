#include "ReportSections.h"

#include "DiagramStyle.h"
#include "model/Model.h"
#include "model/ThreatCategory.h"

#include <QLocale>

namespace latch {

namespace {

const QString tableStart = QStringLiteral(
    "<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");

// Column widths in percent, when given, keep the long text columns wide.
QString headerRow(const QStringList& cells, const QList<int>& widths = {})
{
    QString row = QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString width =
            i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i)) : QString();
        row += QStringLiteral("<th align=\"left\"%1>").arg(width) + cells.at(i) +
               QStringLiteral("</th>");
    }
    return row + QStringLiteral("</tr></thead>");
}

QString riskMethodText(RiskMethod method)
{
    return method == RiskMethod::Dread ? QStringLiteral("DREAD (mean of five ratings, 1–10)")
                                       : QStringLiteral("Likelihood × impact (1–5 each)");
}

} // namespace

ReportSections::ReportSections(const Model& model, const ThreatRegister& threatRegister,
                               const ReportOptions& options)
    : m_model(model)
    , m_options(options)
    , m_register(threatRegister)
{
}

QString ReportSections::escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString ReportSections::paragraph(const QString& text)
{
    return escape(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString ReportSections::title() const
{
    return QStringLiteral("Threat model: ") +
           (m_model.title.isEmpty() ? QStringLiteral("Untitled") : m_model.title);
}

QString ReportSections::coverFacts() const
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">");
    auto fact = [&html](const QString& name, const QString& value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                        .arg(name, value);
    };
    fact(QStringLiteral("Owner"), escape(m_model.owner));
    fact(QStringLiteral("Reviewers"), escape(m_model.reviewers.join(QStringLiteral(", "))));
    fact(QStringLiteral("Date"), m_options.date.toString(Qt::ISODate));
    fact(QStringLiteral("Scope"), paragraph(m_model.scope));
    fact(QStringLiteral("Description"), paragraph(m_model.description));
    fact(QStringLiteral("Compliance"), escape(m_model.compliance.join(QStringLiteral(", "))));
    fact(QStringLiteral("Risk method"), riskMethodText(m_model.riskMethod));
    html += QStringLiteral("</table>");
    if (!m_model.assets.isEmpty()) {
        html += QStringLiteral("<h3>Assets</h3>") + tableStart +
                headerRow({QStringLiteral("Asset"), QStringLiteral("Classification"),
                           QStringLiteral("Description")});
        for (const Asset& asset : m_model.assets)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(escape(asset.name), escape(asset.classification),
                             paragraph(asset.description));
        html += QStringLiteral("</table>");
    }
    return html;
}

ReportSections::Counts ReportSections::counts() const
{
    Counts counts;
    counts.categories = ThreatCategory::stride();
    for (const RegisterEntry& entry : m_register.entries()) {
        const Threat& t = *entry.threat;
        if (!counts.categories.contains(t.category))
            counts.categories << t.category;
        ++counts.byCategory[t.category];
        ++counts.byCategoryAndBand[t.category][int(entry.band)];
        ++counts.byStatus[int(t.status)];
        ++counts.byBand[int(entry.band)];
        ++counts.total;
    }
    return counts;
}

QString ReportSections::summaryTables() const
{
    const Counts c = counts();
    const RiskBand bands[] = {RiskBand::Critical, RiskBand::High, RiskBand::Medium, RiskBand::Low,
                              RiskBand::Unscored};
    QStringList header{QStringLiteral("Category"), QStringLiteral("Threats")};
    for (RiskBand band : bands)
        header << ThreatRegister::readable(RiskScoring::bandName(band));
    QString html = tableStart + headerRow(header);
    for (const QString& category : c.categories) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>")
                    .arg(escape(ThreatRegister::readable(category)),
                         QString::number(c.byCategory.value(category)));
        for (RiskBand band : bands)
            html += QStringLiteral("<td align=\"right\">%1</td>")
                        .arg(c.byCategoryAndBand.value(category).value(int(band)));
        html += QStringLiteral("</tr>");
    }
    html +=
        QStringLiteral("<tr><td><b>All</b></td><td align=\"right\"><b>%1</b></td>").arg(c.total);
    for (RiskBand band : bands)
        html += QStringLiteral("<td align=\"right\"><b>%1</b></td>").arg(c.byBand.value(int(band)));
    html += QStringLiteral("</tr></table><p></p>");

    html += tableStart + headerRow({QStringLiteral("Status"), QStringLiteral("Threats")});
    for (ThreatStatus status : allThreatStatuses)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(ThreatRegister::readable(threatStatusName(status)))
                    .arg(c.byStatus.value(int(status)));
    html += QStringLiteral("</table>");
    QStringList left;
    if (!m_options.includeObsolete)
        left << QStringLiteral("obsolete threats");
    if (!m_options.includeClosed)
        left << QStringLiteral("closed threats (mitigated, accepted, not applicable, transferred)");
    if (!left.isEmpty())
        html +=
            QStringLiteral("<p><i>Not included: %1.</i></p>").arg(left.join(QStringLiteral("; ")));
    return html;
}

QString ReportSections::registerTable(qsizetype first, qsizetype count) const
{
    const bool dread = m_model.riskMethod == RiskMethod::Dread;
    QString html =
        QStringLiteral("<table class=\"grid register\" border=\"1\" cellspacing=\"0\" "
                       "cellpadding=\"3\" width=\"100%\">") +
        headerRow({QStringLiteral("Risk"), QStringLiteral("Threat"), QStringLiteral("Element"),
                   dread ? QStringLiteral("DREAD") : QStringLiteral("L × I"),
                   QStringLiteral("Status"), QStringLiteral("Mitigations")},
                  {8, 41, 13, 12, 13, 13});
    const auto& entries = m_register.entries();
    const qsizetype end = count < 0 ? entries.size() : std::min(entries.size(), first + count);
    for (qsizetype i = first; i < end; ++i) {
        const RegisterEntry& entry = entries.at(i);
        const Threat& t = *entry.threat;
        QString risk = ThreatRegister::readable(RiskScoring::bandName(entry.band));
        QString scores = QStringLiteral("–");
        if (dread && t.dread) {
            risk += QStringLiteral("<br>") + QString::number(t.dread->composite(), 'f', 1);
            scores = QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(t.dread->damage)
                         .arg(t.dread->reproducibility)
                         .arg(t.dread->exploitability)
                         .arg(t.dread->affectedUsers)
                         .arg(t.dread->discoverability);
        } else if (!dread && t.risk) {
            risk += QStringLiteral("<br>") + QString::number(t.risk->product());
            scores = QStringLiteral("%1 × %2").arg(t.risk->likelihood).arg(t.risk->impact);
        }
        QString threat =
            QStringLiteral("<b>%1</b><br><small>%2 · %3</small>")
                .arg(escape(t.title), escape(ThreatRegister::readable(t.category)), escape(t.id));
        const QString description = m_register.description(entry);
        if (!description.isEmpty())
            threat += QStringLiteral("<br>") + paragraph(description);
        if (!t.references.isEmpty())
            threat += QStringLiteral("<br><small>") +
                      escape(t.references.join(QStringLiteral(", "))) + QStringLiteral("</small>");
        if (!entry.path.isEmpty())
            threat +=
                QStringLiteral("<br><small>On every hop of %1</small>").arg(escape(entry.path));
        if (!entry.repeats.isEmpty())
            threat += QStringLiteral("<br><small>Also found as: %1</small>")
                          .arg(escape(entry.repeats.join(QStringLiteral("; "))));
        QString element = escape(entry.elementName);
        if (entry.elementNumber > 0)
            element = QStringLiteral("#%1 ").arg(entry.elementNumber) + element;
        QString status = ThreatRegister::readable(threatStatusName(t.status));
        if (t.obsolete)
            status += QStringLiteral(" (obsolete)");
        if (!t.justification.isEmpty())
            status += QStringLiteral("<br><small>") + paragraph(t.justification) +
                      QStringLiteral("</small>");
        QStringList mitigations;
        for (const QString& title : entry.mitigationTitles)
            mitigations << escape(title);
        // The risk cell is tinted with its band's colour, as on the canvas.
        QColor tint = DiagramStyle::standard().bandColor(entry.band);
        tint = QColor::fromRgbF(0.78 + 0.22 * tint.redF(), 0.78 + 0.22 * tint.greenF(),
                                0.78 + 0.22 * tint.blueF());
        html += QStringLiteral("<tr><td valign=\"top\" bgcolor=\"%7\">%1</td>"
                               "<td valign=\"top\">%2</td><td valign=\"top\">%3</td>"
                               "<td valign=\"top\">%4</td><td valign=\"top\">%5</td>"
                               "<td valign=\"top\">%6</td></tr>")
                    .arg(risk, threat, element, scores, status,
                         mitigations.join(QStringLiteral("<br>")), tint.name());
    }
    html += QStringLiteral("</table>");
    if (m_register.entries().isEmpty())
        html += QStringLiteral("<p>No threats to list.</p>");
    return html;
}

QString ReportSections::catalogTable() const
{
    if (m_model.mitigations.isEmpty())
        return QStringLiteral("<p>The model has no mitigations yet.</p>");
    QHash<QString, int> links;
    for (const Threat& t : m_model.threats) {
        for (const QString& id : t.mitigations)
            ++links[id];
    }
    QString html = tableStart + headerRow({QStringLiteral("Mitigation"), QStringLiteral("Status"),
                                           QStringLiteral("Threats")},
                                          {70, 18, 12});
    for (const Mitigation& m : m_model.mitigations) {
        QString text = QStringLiteral("<b>%1</b>").arg(escape(m.title));
        if (!m.description.isEmpty())
            text += QStringLiteral("<br>") + paragraph(m.description);
        html += QStringLiteral("<tr><td valign=\"top\">%1</td><td valign=\"top\">%2</td>"
                               "<td valign=\"top\" align=\"right\">%3</td></tr>")
                    .arg(text, ThreatRegister::readable(mitigationStatusName(m.status)),
                         QString::number(links.value(m.id)));
    }
    return html + QStringLiteral("</table>");
}

QString ReportSections::elementAppendix() const
{
    QString html = tableStart + headerRow({QStringLiteral("#"), QStringLiteral("Element"),
                                           QStringLiteral("Diagram"), QStringLiteral("Properties")},
                                          {6, 40, 20, 34});
    for (const Diagram& diagram : m_model.diagrams) {
        for (const Element& e : diagram.elements) {
            const int number = m_register.numberOf(e.id);
            if (number <= 0)
                continue;
            QString name = QStringLiteral("<b>%1</b><br><small>%2</small>")
                               .arg(escape(e.name), escape(e.effectiveType()));
            if (!e.description.isEmpty())
                name += QStringLiteral("<br>") + paragraph(e.description);
            QStringList properties;
            for (auto it = e.properties.cbegin(); it != e.properties.cend(); ++it)
                properties << escape(it.key()) + QStringLiteral(": ") +
                                  escape(it.value().toString());
            html += QStringLiteral("<tr><td valign=\"top\" align=\"right\">%1</td>"
                                   "<td valign=\"top\">%2</td><td valign=\"top\">%3</td>"
                                   "<td valign=\"top\"><small>%4</small></td></tr>")
                        .arg(QString::number(number), name, escape(diagram.name),
                             properties.join(QStringLiteral("<br>")));
        }
    }
    return html + QStringLiteral("</table>");
}

} // namespace latch
