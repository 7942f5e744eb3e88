#pragma once

#include "ReportOptions.h"
#include "register/ThreatRegister.h"

#include <QString>

namespace latch {

struct Model;

// The text of a report, section by section, as HTML fragments that both a browser and
// QTextDocument (for the PDF) lay out: tables with attributes rather than CSS layout, every
// model string escaped. HtmlReport and PdfReport put them together in their own way.
class ReportSections
{
public:
    // Over a register built once for the whole export (its filter is the options').
    ReportSections(const Model& model, const ThreatRegister& threatRegister,
                   const ReportOptions& options);

    const ThreatRegister& threatRegister() const { return m_register; }

    QString title() const;      // "Threat model: <title>"
    QString coverFacts() const; // owner, reviewers, date, scope, compliance, method, assets
    QString summaryTables() const;
    // Rows [first, first + count) of the register (count < 0: to the end). The PDF lays the
    // register out in runs of rows, which keeps QTextDocument's table layout fast.
    QString registerTable(qsizetype first = 0, qsizetype count = -1) const;
    QString catalogTable() const;
    QString elementAppendix() const;

    // Counts of the included threats for the summary and its chart.
    struct Counts
    {
        QStringList categories; // STRIDE first, then any library's own
        QHash<QString, int> byCategory;
        QHash<QString, QHash<int, int>> byCategoryAndBand; // category -> RiskBand -> count
        QMap<int, int> byStatus;                           // ThreatStatus -> count
        QMap<int, int> byBand;                             // RiskBand -> count
        int total = 0;
    };
    Counts counts() const;

    static QString escape(const QString& text);
    // Escaped, with line breaks kept.
    static QString paragraph(const QString& text);

private:
    const Model& m_model;
    ReportOptions m_options;
    const ThreatRegister& m_register;
};

} // namespace latch
