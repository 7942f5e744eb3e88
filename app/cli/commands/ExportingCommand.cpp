#include "ExportingCommand.h"

#include "CommandLine.h"
#include "ExportOptions.h"
#include "language/Translations.h"

#include <QCoreApplication>

namespace latch::cli {

void ExportingCommand::declare(CommandLine& line) const
{
    ExportOptions::declare(line);
    if (translates())
        line.addValue({QStringLiteral("language")});
    line.setFileCount(1, 1);
}

int ExportingCommand::execute(const CommandLine& line, Console& console)
{
    const QString out = line.value(QStringLiteral("o"));
    QString error;
    const ExportFile::Request request = ExportOptions::read(line, &error);
    if (!error.isEmpty())
        return usageError(console, error);
    const auto format = request.format ? request.format : ExportFile::formatOf(out);
    if (out.isEmpty() || !format || !writes(*format))
        return usageError(console, outputHint());
    if (!ExportFile::suits(*format, out))
        return usageError(console, QStringLiteral("--format %1 does not write a file named %2 (-o)")
                                       .arg(line.value(QStringLiteral("format")), out));
    if (translates()) {
        // English, the source language, unless asked: a report reads the same on every machine.
        const QString language = line.value(QStringLiteral("language")).toLower();
        if (!language.isEmpty() && !Translations::available().contains(language))
            return usageError(
                console, QStringLiteral("unknown language \"%1\" (expected %2)")
                             .arg(language, Translations::available().join(QStringLiteral(", "))));
        if (!language.isEmpty() &&
            Translations::install(*QCoreApplication::instance(), language) != language)
            return usageError(
                console, QStringLiteral("the %1 translation is not in this build").arg(language));
    }
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
