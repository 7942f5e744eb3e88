#include "ExportFile.h"

#include "CsvExporter.h"
#include "DiagramExporter.h"
#include "HtmlReport.h"
#include "MarkdownExporter.h"
#include "PdfReport.h"
#include "TrackerCsvExporter.h"
#include "interop/OtmWriter.h"
#include "model/Model.h"
#include "register/ThreatRegister.h"

#include <QFileInfo>
#include <QSaveFile>

namespace latch {

std::optional<ExportFile::Format> ExportFile::formatOf(const QString& path)
{
    if (path.endsWith(QLatin1String(".otm.json"), Qt::CaseInsensitive))
        return Format::Otm;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    return std::nullopt;
}

std::optional<ExportFile::Format> ExportFile::formatNamed(const QString& name)
{
    static const std::pair<const char*, Format> names[] = {
        {"pdf", Format::Pdf},      {"html", Format::Html},        {"csv", Format::Csv},
        {"svg", Format::Svg},      {"png", Format::Png},          {"otm", Format::Otm},
        {"jira", Format::JiraCsv}, {"gitlab", Format::GitLabCsv}, {"markdown", Format::Markdown}};
    for (const auto& [text, format] : names) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

bool ExportFile::suits(Format format, const QString& path)
{
    const auto byName = formatOf(path);
    if (isTracker(format))
        return byName == Format::Csv;
    return byName == format;
}

bool ExportFile::save(const Model& model, const QString& path, const Request& request,
                      QString* error, QStringList* warnings)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = path + QStringLiteral(": ") + message;
        return false;
    };
    const auto format = request.format ? request.format : formatOf(path);
    if (!format)
        return fail(QStringLiteral(
            "unknown format (expected .pdf, .html, .csv, .svg, .png, .md or .otm.json)"));
    if (!suits(*format, path))
        return fail(QStringLiteral("the file's name does not suit the format asked for"));

    const Diagram* diagram = nullptr;
    if (*format == Format::Svg || *format == Format::Png) {
        for (const Diagram& d : model.diagrams) {
            if (request.diagram.isEmpty() || d.name == request.diagram || d.id == request.diagram) {
                diagram = &d;
                break;
            }
        }
        if (!diagram)
            return fail(
                request.diagram.isEmpty()
                    ? QStringLiteral("the model has no diagram")
                    : QStringLiteral("the model has no diagram named \"%1\"").arg(request.diagram));
        if (!(request.scale > 0 && request.scale <= 16))
            return fail(QStringLiteral("scale must be more than 0 and at most 16"));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // One register for the whole export: the report's tables and the diagrams' numbers. A
    // tracker gets what is left to do: live threats not yet closed, repeats folded.
    RegisterFilter filter = request.options;
    if (isTracker(*format)) {
        filter.includeClosed = false;
        filter.includeObsolete = false;
        filter.includeRepeats = false;
    }
    const ThreatRegister threatRegister(model, filter);
    switch (*format) {
    case Format::Pdf: {
        QString reason;
        if (!PdfReport::write(model, threatRegister, request.options, &file, &reason)) {
            file.cancelWriting();
            return fail(reason);
        }
        break;
    }
    case Format::Html:
        file.write(HtmlReport::write(model, threatRegister, request.options));
        break;
    case Format::Csv:
        file.write(CsvExporter::write(threatRegister));
        break;
    case Format::Otm:
        file.write(OtmWriter::write(model, warnings));
        break;
    case Format::JiraCsv:
        file.write(
            TrackerCsvExporter::write(model, threatRegister, TrackerCsvExporter::Tracker::Jira));
        break;
    case Format::GitLabCsv:
        file.write(
            TrackerCsvExporter::write(model, threatRegister, TrackerCsvExporter::Tracker::GitLab));
        break;
    case Format::Markdown:
        file.write(MarkdownExporter::write(model, threatRegister));
        break;
    case Format::Svg:
        file.write(DiagramExporter::svg(*diagram, &threatRegister.numbers()));
        break;
    case Format::Png: {
        const QImage image =
            DiagramExporter::image(*diagram, request.scale, &threatRegister.numbers());
        if (image.isNull() || !image.save(&file, "PNG")) {
            file.cancelWriting();
            return fail(QStringLiteral("the image is too large at this scale"));
        }
        break;
    }
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace latch
