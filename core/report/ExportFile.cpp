#include "ExportFile.h"

#include "CsvExporter.h"
#include "DiagramExporter.h"
#include "HtmlReport.h"
#include "PdfReport.h"
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
    return std::nullopt;
}

bool ExportFile::save(const Model& model, const QString& path, const Request& request,
                      QString* error, QStringList* warnings)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = path + QStringLiteral(": ") + message;
        return false;
    };
    const auto format = formatOf(path);
    if (!format)
        return fail(
            QStringLiteral("unknown format (expected .pdf, .html, .csv, .svg, .png or .otm.json)"));

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
    // One register for the whole export: the report's tables and the diagrams' numbers.
    const ThreatRegister threatRegister(model, request.options);
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
