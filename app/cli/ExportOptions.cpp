#include "ExportOptions.h"

#include "CommandLine.h"

namespace latch::cli {

void ExportOptions::declare(CommandLine& line)
{
    line.addFlag(QStringLiteral("include-obsolete"));
    line.addFlag(QStringLiteral("include-repeats"));
    line.addFlag(QStringLiteral("open-only"));
    for (const char* name : {"o", "page-size", "diagram", "scale", "format"})
        line.addValue({QLatin1String(name)});
}

ExportFile::Request ExportOptions::read(const CommandLine& line, QString* error)
{
    ExportFile::Request request;
    request.options.includeObsolete = line.isSet(QStringLiteral("include-obsolete"));
    request.options.includeRepeats = line.isSet(QStringLiteral("include-repeats"));
    request.options.includeClosed = !line.isSet(QStringLiteral("open-only"));
    const QString pageSize = line.value(QStringLiteral("page-size")).toLower();
    if (pageSize.isEmpty() || pageSize == QLatin1String("a4"))
        request.options.pageSize = QPageSize::A4;
    else if (pageSize == QLatin1String("letter"))
        request.options.pageSize = QPageSize::Letter;
    else
        *error = QStringLiteral("unknown page size \"%1\" (expected a4 or letter)").arg(pageSize);
    request.diagram = line.value(QStringLiteral("diagram"));
    if (line.isSet(QStringLiteral("format"))) {
        const QString name = line.value(QStringLiteral("format"));
        request.format = ExportFile::formatNamed(name);
        if (!request.format)
            *error =
                QStringLiteral("unknown format \"%1\" (expected csv, jira, gitlab or markdown)")
                    .arg(name);
    }
    if (line.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        request.scale = line.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || request.scale <= 0 || request.scale > 16)
            *error = QStringLiteral("--scale takes a number above 0 and at most 16");
    }
    return request;
}

} // namespace latch::cli
