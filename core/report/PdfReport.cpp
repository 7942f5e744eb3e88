#include "PdfReport.h"

#include "DiagramPainter.h"
#include "ReportSections.h"
#include "SummaryChart.h"
#include "model/Model.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace latch {

namespace {

constexpr qreal unitDpi = 96; // the report is laid out in 1/96 inch
constexpr qreal headerHeight = 30;
constexpr qreal footerHeight = 26;
constexpr qsizetype registerRun = 60; // rows of the register laid out together

using Heading = ReportSections::Heading;

QString headingHtml(Heading heading)
{
    return QStringLiteral("<h2>%1</h2>")
        .arg(ReportSections::escape(ReportSections::heading(heading)));
}

// A run of pages: a text flowing over pages, a diagram, or the summary chart with its tables.
struct Section
{
    QString name;
    std::unique_ptr<QTextDocument> text;
    qreal textTop = 0; // where the text starts on each page (below a chart)
    const Diagram* diagram = nullptr;
    bool landscape = false; // wide diagrams get a landscape page
    bool chart = false;
    bool inContents = true;
    int firstPage = 0; // 1-based, known after layout
    int pages() const { return text ? std::max(1, text->pageCount()) : 1; }
};

class Layout
{
public:
    Layout(const Model& model, const ThreatRegister& threatRegister, const ReportOptions& options,
           QSizeF page)
        : m_model(model)
        , m_sections(model, threatRegister, options)
        , m_options(options)
        , m_page(page)
        , m_body(0, headerHeight, page.width(), page.height() - headerHeight - footerHeight)
        , m_reference(8, 8, QImage::Format_RGB32)
    {
        // Text is measured at the report's own resolution, whatever the screen's.
        m_reference.setDotsPerMeterX(qRound(unitDpi / 0.0254));
        m_reference.setDotsPerMeterY(qRound(unitDpi / 0.0254));
    }

    int paint(QPagedPaintDevice& device)
    {
        build();
        int page = 1;
        for (Section& section : m_runs) {
            section.firstPage = page;
            page += section.pages();
        }
        m_pageCount = page - 1;
        // The contents are written once the page numbers are known; same size as measured.
        m_runs.at(1).text = document(contentsHtml(), m_body.height());

        QPainter painter;
        if (!painter.begin(&device))
            return 0;
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        bool first = true;
        for (const Section& section : m_runs) {
            for (int i = 0; i < section.pages(); ++i) {
                if (!first) {
                    // The orientation applies from the next page on.
                    device.setPageOrientation(section.landscape ? QPageLayout::Landscape
                                                                : QPageLayout::Portrait);
                    device.newPage();
                }
                first = false;
                m_current = section.landscape ? m_page.transposed() : m_page;
                paintFrame(painter, section, section.firstPage + i);
                if (section.diagram)
                    paintDiagram(painter, *section.diagram);
                if (section.chart && i == 0)
                    paintChart(painter, section.textTop);
                if (section.text)
                    paintTextPage(painter, section, i);
            }
        }
        return m_pageCount;
    }

private:
    void build()
    {
        const qreal chartHeight =
            std::min(m_body.height() / 2, 70 + 30.0 * m_sections.counts().categories.size());
        auto add = [this](const QString& name, const QString& html, qreal top = 0) {
            Section section;
            section.name = name;
            section.textTop = top;
            section.text = document(html, m_body.height() - top);
            m_runs.push_back(std::move(section));
        };
        add(QStringLiteral("Cover"), QStringLiteral("<h1 style=\"font-size:22pt\">%1</h1>")
                                             .arg(ReportSections::escape(m_sections.title())) +
                                         m_sections.coverFacts());
        m_runs.back().inContents = false;
        add(ReportSections::heading(Heading::Contents),
            contentsHtml()); // measured now, filled in later
        m_runs.back().inContents = false;
        // The chart sits on top of the summary page; its tables flow below it.
        add(ReportSections::heading(Heading::Summary), m_sections.summaryTables(), chartHeight);
        m_runs.back().chart = true;
        for (const Diagram& diagram : m_model.diagrams) {
            Section section;
            section.name = ReportSections::diagramHeading(diagram.name);
            section.diagram = &diagram;
            const QRectF bounds = DiagramPainter::diagramBounds(diagram);
            section.landscape = bounds.width() > bounds.height();
            m_runs.push_back(std::move(section));
        }
        // In runs of rows: one table of thousands of rows lays out and paints in time that
        // grows with rows times pages. A run starts on a new page.
        const qsizetype threats = m_sections.threatRegister().entries().size();
        for (qsizetype first = 0; first == 0 || first < threats; first += registerRun) {
            const QString name = ReportSections::heading(Heading::Register);
            add(name, (first == 0 ? QStringLiteral("<h2>%1</h2>").arg(ReportSections::escape(name))
                                  : QString()) +
                          m_sections.registerTable(first, registerRun));
            m_runs.back().inContents = first == 0;
        }
        add(ReportSections::heading(Heading::Mitigations),
            headingHtml(Heading::Mitigations) + m_sections.catalogTable());
        add(ReportSections::heading(Heading::Elements),
            headingHtml(Heading::Elements) + m_sections.elementAppendix());
    }

    QString contentsHtml() const
    {
        QString html = headingHtml(Heading::Contents) +
                       QStringLiteral("<table width=\"100%\" cellpadding=\"3\">");
        for (const Section& section : m_runs) {
            if (!section.inContents)
                continue;
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(ReportSections::escape(section.name),
                             section.firstPage > 0 ? QString::number(section.firstPage)
                                                   : QStringLiteral("000"));
        }
        return html + QStringLiteral("</table>");
    }

    std::unique_ptr<QTextDocument> document(const QString& html, qreal pageHeight) const
    {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(const_cast<QImage*>(&m_reference));
        QFont font(QStringLiteral("DejaVu Sans"), 9);
        doc->setDefaultFont(font);
        doc->setDefaultStyleSheet(QStringLiteral("th { background-color: #e8f0fb; } "
                                                 "h2 { color: #1d222b; } "
                                                 "table { border-color: #b7bec9; }"));
        doc->setDocumentMargin(0);
        doc->setHtml(html);
        doc->setPageSize(QSizeF(m_body.width(), pageHeight));
        return doc;
    }

    void paintFrame(QPainter& painter, const Section& section, int page) const
    {
        QFont font(QStringLiteral("DejaVu Sans"), 8);
        painter.setFont(font);
        painter.setPen(QColor(0x4a, 0x52, 0x60));
        if (page > 1) {
            const QRectF header(0, 0, m_current.width(), headerHeight - 10);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom,
                             painter.fontMetrics().elidedText(m_sections.title(), Qt::ElideRight,
                                                              int(m_current.width() * 0.6)));
            painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, section.name);
            painter.drawLine(QPointF(0, headerHeight - 6),
                             QPointF(m_current.width(), headerHeight - 6));
        }
        const QRectF footer(0, m_current.height() - footerHeight + 8, m_current.width(),
                            footerHeight - 8);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                         m_options.date.toString(Qt::ISODate));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                         ReportSections::pageOf(page, m_pageCount));
    }

    void paintTextPage(QPainter& painter, const Section& section, int index) const
    {
        const qreal pageHeight = section.text->pageSize().height();
        painter.save();
        const QPointF origin = m_body.topLeft() + QPointF(0, section.textTop);
        painter.translate(origin.x(), origin.y() - index * pageHeight);
        section.text->drawContents(&painter,
                                   QRectF(0, index * pageHeight, m_body.width(), pageHeight));
        painter.restore();
    }

    void paintChart(QPainter& painter, qreal height) const
    {
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 13, QFont::Bold));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(m_body.left(), m_body.top(), m_body.width(), 30),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         ReportSections::heading(Heading::Summary));
        SummaryChart::paint(painter,
                            QRectF(m_body.left(), m_body.top() + 40, m_body.width(), height - 52),
                            m_sections.counts());
    }

    void paintDiagram(QPainter& painter, const Diagram& diagram) const
    {
        QFont title(QStringLiteral("DejaVu Sans"), 13, QFont::Bold);
        painter.setFont(title);
        painter.setPen(Qt::black);
        const QRectF body(0, headerHeight, m_current.width(),
                          m_current.height() - headerHeight - footerHeight);
        const QRectF titleBox(body.left(), body.top(), body.width(), 30);
        painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter, diagram.name);
        const QRectF area = body.adjusted(0, 40, 0, 0);
        const QRectF bounds = DiagramPainter::diagramBounds(diagram);
        if (bounds.isEmpty())
            return;
        const qreal scale =
            std::min({area.width() / bounds.width(), area.height() / bounds.height(), 1.5});
        painter.save();
        painter.translate(area.left() + (area.width() - bounds.width() * scale) / 2, area.top());
        painter.scale(scale, scale);
        painter.translate(-bounds.topLeft());
        DiagramPainter().paintDiagram(painter, diagram, &m_sections.threatRegister().numbers());
        painter.restore();
    }

    const Model& m_model;
    ReportSections m_sections;
    ReportOptions m_options;
    QSizeF m_page;
    QSizeF m_current; // the page being painted, landscape or not
    QRectF m_body;
    QImage m_reference;
    std::vector<Section> m_runs;
    int m_pageCount = 0;
};

} // namespace

int PdfReport::render(const Model& model, const ReportOptions& options, QPagedPaintDevice& device)
{
    return render(model, ThreatRegister(model, options), options, device);
}

int PdfReport::render(const Model& model, const ThreatRegister& threatRegister,
                      const ReportOptions& options, QPagedPaintDevice& device)
{
    device.setPageSize(QPageSize(options.pageSize));
    device.setPageOrientation(QPageLayout::Portrait);
    // Equal margins, so that a landscape page's area is the portrait one turned.
    device.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    const qreal dpi = device.logicalDpiX();
    const QSizeF page(device.width() * unitDpi / dpi, device.height() * unitDpi / dpi);
    Layout layout(model, threatRegister, options, page);
    return layout.paint(device);
}

bool PdfReport::write(const Model& model, const ReportOptions& options, QIODevice* out,
                      QString* error)
{
    return write(model, ThreatRegister(model, options), options, out, error);
}

bool PdfReport::write(const Model& model, const ThreatRegister& threatRegister,
                      const ReportOptions& options, QIODevice* out, QString* error)
{
    QPdfWriter writer(out);
    writer.setResolution(int(unitDpi));
    writer.setCreator(QStringLiteral("Latch"));
    writer.setTitle(model.title);
    const int pages = render(model, threatRegister, options, writer);
    if (pages <= 0) {
        if (error)
            *error = QStringLiteral("the PDF could not be written");
        return false;
    }
    return true;
}

} // namespace latch
