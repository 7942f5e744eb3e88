#include "ExportCommand.h"

#include "ExportOptions.h"

namespace latch::cli {

QString ExportCommand::usage() const
{
    return QStringLiteral("export FILE -o OUT.csv|OUT.svg|OUT.png [--diagram NAME] [--scale N] "
                          "[--include-obsolete] [--open-only]");
}

QString ExportCommand::summary() const
{
    return QStringLiteral("the register as CSV, or a diagram as SVG or PNG");
}

int ExportCommand::run(const QStringList& arguments, Console& console)
{
    const Arguments split =
        splitArguments(arguments, ExportOptions::flags(), ExportOptions::valueOptions());
    if (!split.error.isEmpty())
        return usageError(console, split.error);
    if (split.files.size() != 1)
        return usageError(console, QStringLiteral("give one model file"));
    const QString out = split.values.value(QStringLiteral("-o"));
    const auto format = ExportFile::formatOf(out);
    if (out.isEmpty() || !format || *format == ExportFile::Format::Pdf ||
        *format == ExportFile::Format::Html)
        return usageError(console, QStringLiteral("-o names the output: OUT.csv, OUT.svg or "
                                                  "OUT.png (reports: latch-cli report)"));
    QString error;
    const ExportFile::Request request = ExportOptions::read(split.flags, split.values, &error);
    if (!error.isEmpty())
        return usageError(console, error);
    int status = Console::Success;
    const auto model = loadModel(split.files.first(), console, &status);
    if (!model)
        return status;
    if (!ExportFile::save(*model, out, request, &error)) {
        console.err << error << Qt::endl;
        return Console::ProblemFound;
    }
    return Console::Success;
}

} // namespace latch::cli
