#include "ExportingCommand.h"

#include "ExportOptions.h"

namespace latch::cli {

int ExportingCommand::run(const QStringList& arguments, Console& console)
{
    const Arguments split =
        splitArguments(arguments, ExportOptions::flags(), ExportOptions::valueOptions());
    if (!split.error.isEmpty())
        return usageError(console, split.error);
    if (split.files.size() != 1)
        return usageError(console, QStringLiteral("give one model file"));
    const QString out = split.values.value(QStringLiteral("-o"));
    const auto format = ExportFile::formatOf(out);
    if (out.isEmpty() || !format || !writes(*format))
        return usageError(console, outputHint());
    QString error;
    const ExportFile::Request request = ExportOptions::read(split.flags, split.values, &error);
    if (!error.isEmpty())
        return usageError(console, error);
    int status = Console::Success;
    const auto model = loadModel(split.files.first(), console, &status);
    if (!model)
        return status;
    QStringList warnings;
    if (!ExportFile::save(*model, out, request, &error, &warnings)) {
        console.err << error << Qt::endl;
        return Console::ProblemFound;
    }
    for (const QString& warning : std::as_const(warnings))
        console.out << out << ": warning: " << warning << Qt::endl;
    return Console::Success;
}

} // namespace latch::cli
