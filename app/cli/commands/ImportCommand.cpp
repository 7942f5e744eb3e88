#include "ImportCommand.h"

#include "CommandLine.h"
#include "format/ModelFile.h"
#include "interop/ModelImporter.h"
#include "interop/RuleLibraryFile.h"

namespace latch::cli {

void ImportCommand::declare(CommandLine& line) const
{
    for (const char* name : {"o", "from", "rules"})
        line.addValue({QLatin1String(name)});
    line.setFileCount(1, 1);
}

int ImportCommand::execute(const CommandLine& line, Console& console)
{
    const QString out = line.value(QStringLiteral("o"));
    if (out.isEmpty())
        return usageError(console, QStringLiteral("-o names the model to write"));
    std::optional<ModelImporter::Format> format;
    if (line.isSet(QStringLiteral("from"))) {
        format = ModelImporter::formatFromName(line.value(QStringLiteral("from")));
        if (!format)
            return usageError(console, QStringLiteral("--from takes threat-dragon, tm7 or otm"));
    }
    const QString in = line.files().constFirst();
    ImportSummary summary;
    QString error;
    bool unreadable = false;
    auto model = ModelImporter::importFile(in, format, &summary, &error, &unreadable);
    if (!model) {
        console.err << error << Qt::endl;
        return unreadable ? Console::UsageError : Console::ProblemFound;
    }
    // --rules: the model carries that library (a TMT template, say) as its own.
    const QString rules = line.value(QStringLiteral("rules"));
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
                                .arg(rules, QString::number(adopted));
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
