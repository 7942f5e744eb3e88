#include "ExportingCommand.h"

#include "CommandLine.h"
#include "ExportOptions.h"

namespace latch::cli {

void ExportingCommand::declare(CommandLine& line) const
{
    ExportOptions::declare(line);
    line.setFileCount(1, 1);
}

int ExportingCommand::execute(const CommandLine& line, Console& console)
{
    const QString out = line.value(QStringLiteral("o"));
    const auto format = ExportFile::formatOf(out);
    if (out.isEmpty() || !format || !writes(*format))
        return usageError(console, outputHint());
    QString error;
    const ExportFile::Request request = ExportOptions::read(line, &error);
    if (!error.isEmpty())
        return usageError(console, error);
    int status = Console::Success;
    const auto model = loadModel(line.files().constFirst(), console, &status);
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
