#include "ImportCommand.h"

#include "format/ModelFile.h"
#include "interop/ModelImporter.h"
#include "interop/RuleLibraryFile.h"

namespace latch::cli {

int ImportCommand::run(const QStringList& arguments, Console& console)
{
    const Arguments split = splitArguments(
        arguments, {}, {QStringLiteral("-o"), QStringLiteral("--from"), QStringLiteral("--rules")});
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
    auto model = ModelImporter::importFile(in, format, &summary, &error, &unreadable);
    if (!model) {
        console.err << error << Qt::endl;
        return unreadable ? Console::UsageError : Console::ProblemFound;
    }
    // --rules: the model carries that library (a TMT template, say) as its own.
    const QString rules = split.values.value(QStringLiteral("--rules"));
    if (!rules.isEmpty()) {
        QStringList notes;
        const auto library = RuleLibraryFile::read(rules, &notes, &error);
        const int adopted = library ? RuleLibraryFile::attach(*model, *library, rules, &error) : -1;
        if (adopted < 0) {
            console.err << error << Qt::endl;
            return Console::ProblemFound;
        }
        for (const QString& note : std::as_const(notes))
            summary.warnings << note;
        summary.warnings << QStringLiteral("the model carries %1 as its rule library; %2 of its "
                                           "threats are that library's (run latch-cli threats "
                                           "OUT --write to generate the rest)")
                                .arg(rules)
                                .arg(adopted);
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
