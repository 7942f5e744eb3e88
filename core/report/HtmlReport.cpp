#include "HtmlReport.h"

#include "DiagramExporter.h"
#include "ReportSections.h"
#include "SummaryChart.h"
#include "language/Translations.h"
#include "model/Model.h"

namespace latch {

namespace {

// QSvgGenerator writes a standalone document; inline, only the <svg> element is wanted.
QString inlineSvg(const QByteArray& document)
{
    const QString text = QString::fromUtf8(document);
    const qsizetype start = text.indexOf(QStringLiteral("<svg"));
    return start < 0 ? QString() : text.mid(start);
}

const char* const styleSheet = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1d222b;
       max-width: 1100px; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: .2em; }
h2 { border-bottom: 2px solid #333a45; padding-bottom: .2em; margin-top: 2em; }
table.grid { border-collapse: collapse; margin: .5em 0; }
table.grid th { background: #e8f0fb; }
table.grid td, table.grid th { border: 1px solid #b7bec9; vertical-align: top; }
nav li { margin: .2em 0; }
figure { margin: 1em 0; overflow-x: auto; }
figure svg { max-width: 100%; height: auto; }
small { color: #4a5260; }
)";

using Heading = ReportSections::Heading;

// "<h2 id="summary">Summary</h2>", in the installed language.
QString heading(Heading heading, const char* id)
{
    return QStringLiteral("<h2 id=\"%1\">%2</h2>\n")
        .arg(QLatin1String(id), ReportSections::escape(ReportSections::heading(heading)));
}

QString contentsItem(Heading heading, const char* id)
{
    return QStringLiteral("<li><a href=\"#%1\">%2</a></li>")
        .arg(QLatin1String(id), ReportSections::escape(ReportSections::heading(heading)));
}

} // namespace

QByteArray HtmlReport::write(const Model& model, const ReportOptions& options)
{
    return write(model, ThreatRegister(model, options), options);
}

QByteArray HtmlReport::write(const Model& model, const ThreatRegister& threatRegister,
                             const ReportOptions& options)
{
    const ReportSections sections(model, threatRegister, options);
    const QString title = ReportSections::escape(sections.title());
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%3\">\n<head>\n"
                                  "<meta charset=\"utf-8\">\n<title>%1</title>\n"
                                  "<style>%2</style>\n</head>\n<body>\n")
                       .arg(title, QString::fromLatin1(styleSheet), Translations::current());
    html += QStringLiteral("<h1>%1</h1>\n").arg(title);
    html += sections.coverFacts();
    html += QStringLiteral("<nav><h2>%1</h2><ol>")
                .arg(ReportSections::escape(ReportSections::heading(Heading::Contents))) +
            contentsItem(Heading::Summary, "summary") +
            contentsItem(Heading::Diagrams, "diagrams") +
            contentsItem(Heading::Register, "register") +
            contentsItem(Heading::Mitigations, "mitigations") +
            contentsItem(Heading::Elements, "elements") + QStringLiteral("</ol></nav>\n");

    const ReportSections::Counts counts = sections.counts();
    html += heading(Heading::Summary, "summary") + QStringLiteral("<figure>") +
            inlineSvg(
                SummaryChart::svg(counts, QSizeF(720, 40 + 26 * qreal(counts.categories.size())))) +
            QStringLiteral("</figure>\n") + sections.summaryTables();

    html += heading(Heading::Diagrams, "diagrams");
    for (const Diagram& diagram : model.diagrams) {
        html += QStringLiteral("<h3>%1</h3>\n<figure>").arg(ReportSections::escape(diagram.name));
        html += inlineSvg(DiagramExporter::svg(diagram, &sections.threatRegister().numbers()));
        html += QStringLiteral("</figure>\n");
    }
    html += heading(Heading::Register, "register") + sections.registerTable();
    html += heading(Heading::Mitigations, "mitigations") + sections.catalogTable();
    html += heading(Heading::Elements, "elements") + sections.elementAppendix();
    html += QStringLiteral("\n<p><small>%1</small></p>\n</body>\n</html>\n")
                .arg(ReportSections::escape(ReportSections::generatedOn(options.date)));
    return html.toUtf8();
}

} // namespace latch
