#include "ExportDialog.h"

#include "Document.h"
#include "Preferences.h"
#include "report/PdfReport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

namespace latch {

namespace {

struct FormatEntry
{
    ExportFile::Format format;
    const char* name;
    const char* suffix;
};

constexpr FormatEntry formats[] = {
    {ExportFile::Format::Pdf, QT_TRANSLATE_NOOP("latch::ExportDialog", "PDF report"), "pdf"},
    {ExportFile::Format::Html, QT_TRANSLATE_NOOP("latch::ExportDialog", "HTML report"), "html"},
    {ExportFile::Format::Csv, QT_TRANSLATE_NOOP("latch::ExportDialog", "Threat register (CSV)"),
     "csv"},
    {ExportFile::Format::Svg, QT_TRANSLATE_NOOP("latch::ExportDialog", "Diagram (SVG)"), "svg"},
    {ExportFile::Format::Png, QT_TRANSLATE_NOOP("latch::ExportDialog", "Diagram (PNG)"), "png"},
    {ExportFile::Format::Markdown, QT_TRANSLATE_NOOP("latch::ExportDialog", "Register (Markdown)"),
     "md"},
    {ExportFile::Format::JiraCsv, QT_TRANSLATE_NOOP("latch::ExportDialog", "Jira issues (CSV)"),
     "csv"},
    {ExportFile::Format::GitLabCsv, QT_TRANSLATE_NOOP("latch::ExportDialog", "GitLab issues (CSV)"),
     "csv"},
};

} // namespace

ExportDialog::ExportDialog(const Document* document, const QString& currentDiagramId,
                           QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_format(new QComboBox)
    , m_pageSize(new QComboBox)
    , m_obsolete(new QCheckBox(tr("Include obsolete threats")))
    , m_openOnly(new QCheckBox(tr("Only open and in-progress threats")))
    , m_diagram(new QComboBox)
    , m_scale(new QDoubleSpinBox)
    , m_preview(new QPushButton(tr("Pre&view…")))
    , m_hint(new QLabel)
{
    setWindowTitle(tr("Export"));
    m_preview->setObjectName(QStringLiteral("previewReport"));
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const FormatEntry& entry : formats)
        m_format->addItem(tr(entry.name), int(entry.format));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    // The report defaults of the preferences.
    const Preferences preferences = Preferences::load();
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(preferences.pageSize))));
    m_obsolete->setChecked(preferences.includeObsolete);
    m_openOnly->setChecked(preferences.openOnly);
    for (const Diagram& diagram : document->model().diagrams) {
        m_diagram->addItem(diagram.name, diagram.id);
        if (diagram.id == currentDiagramId)
            m_diagram->setCurrentIndex(m_diagram->count() - 1);
    }
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(2);
    m_scale->setSuffix(tr(" ×"));
    m_hint->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(QString(), m_obsolete);
    form->addRow(QString(), m_openOnly);
    form->addRow(tr("&Diagram:"), m_diagram);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(m_hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_preview, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ExportDialog::updateOptions);
    updateOptions();
}

ExportFile::Format ExportDialog::format() const
{
    return ExportFile::Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFile::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::updateOptions()
{
    const ExportFile::Format f = format();
    const bool report = f == ExportFile::Format::Pdf || f == ExportFile::Format::Html;
    const bool diagram = f == ExportFile::Format::Svg || f == ExportFile::Format::Png;
    const bool tracker = ExportFile::isTracker(f);
    m_pageSize->setEnabled(f == ExportFile::Format::Pdf);
    m_obsolete->setEnabled(!diagram && !tracker);
    m_openOnly->setEnabled(!diagram && !tracker);
    m_diagram->setEnabled(diagram);
    m_scale->setEnabled(f == ExportFile::Format::Png);
    m_preview->setEnabled(f == ExportFile::Format::Pdf);
    if (report)
        m_hint->setText(tr("Cover, summary, diagrams, the register by risk, mitigations and an "
                           "appendix of elements."));
    else if (diagram)
        m_hint->setText(tr("The chosen diagram, with element numbers as in the report."));
    else if (tracker)
        m_hint->setText(tr("The open threats, one issue each, for the tracker's CSV import. "
                           "Nothing is sent anywhere."));
    else if (f == ExportFile::Format::Markdown)
        m_hint->setText(tr("The register as one Markdown document, for a wiki page or a pull "
                           "request."));
    else
        m_hint->setText(tr("One row per threat, highest risk first; UTF-8, RFC 4180."));
}

ExportFile::Request ExportDialog::request() const
{
    ExportFile::Request request;
    request.options.includeObsolete = m_obsolete->isChecked();
    request.options.includeClosed = !m_openOnly->isChecked();
    request.options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    request.diagram = m_diagram->currentData().toString();
    request.scale = m_scale->value();
    request.format = format();
    return request;
}

void ExportDialog::preview()
{
    // The report is laid out at 96 dots per inch; the preview printer works at that too.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setResolution(96);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Report preview"));
    const ReportOptions options = request().options;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, options](QPrinter* target) {
        PdfReport::render(m_document->model(), options, *target);
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

QString ExportDialog::suggestedPath() const
{
    const QFileInfo model(m_document->filePath());
    const QString base = model.fileName().isEmpty()
                             ? tr("threat-model")
                             : model.absolutePath() + QLatin1Char('/') + model.completeBaseName();
    for (const FormatEntry& entry : formats) {
        if (entry.format == format())
            return base + QLatin1Char('.') + QLatin1String(entry.suffix);
    }
    return base;
}

void ExportDialog::chooseFileAndExport()
{
    const QString suffix = QFileInfo(suggestedPath()).suffix();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), suggestedPath(),
        QStringLiteral("%1 (*.%2)").arg(m_format->currentText(), suffix));
    if (path.isEmpty())
        return;
    if (exportTo(QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + suffix : path))
        accept();
}

bool ExportDialog::exportTo(const QString& path)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = ExportFile::save(m_document->model(), path, request(), &error);
    QApplication::restoreOverrideCursor();
    if (!saved)
        QMessageBox::critical(this, tr("Export failed"), error);
    return saved;
}

} // namespace latch
