#include "ImportCommand.h"

#include "format/ModelFile.h"
#include "interop/ModelImporter.h"

namespace latch::cli {

int ImportCommand::run(const QStringList& arguments, Console& console)
{
    const Arguments split =
        splitArguments(arguments, {}, {QStringLiteral("-o"), QStringLiteral("--from")});
    if (!split.error.isEmpty())
        return usageError(console, split.error);
    if (split.files.size() != 1)
        return usageError(console, QStringLiteral("give one file to import"));
    const QString out = split.values.value(QStringLiteral("-o"));
    if (out.isEmpty())
        return usageError(console, QStringLiteral("-o names the model to write"));
    std::optional<ModelImporter::Format> format;
    if (split.values.contains(QStringLiteral("--from"))) {
        format = ModelImporter::formatFromName(split.values.value(QStringLiteral("--from")));
        if (!format)
            return usageError(console, QStringLiteral("--from takes threat-dragon, tm7 or otm"));
    }
    const QString& in = split.files.first();
    ImportSummary summary;
    QString error;
    bool unreadable = false;
    const auto model = ModelImporter::importFile(in, format, &summary, &error, &unreadable);
    if (!model) {
        console.err << error << Qt::endl;
        return unreadable ? Console::UsageError : Console::ProblemFound;
    }
    if (!ModelFile::save(*model, out, &error)) {
        console.err << error << Qt::endl;
        return Console::ProblemFound;
    }
    console.out << in << ": " << summary.format << ": " << summary.countsText() << Qt::endl;
    for (const QString& warning : std::as_const(summary.warnings))
        console.out << in << ": warning: " << warning << Qt::endl;
    return Console::Success;
}

} // namespace latch::cli
