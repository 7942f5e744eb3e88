#include "MergeCommand.h"

#include "CommandLine.h"
#include "GitProcess.h"
#include "LibraryOptions.h"
#include "ModelSource.h"
#include "engine/RuleLibrary.h"
#include "format/ModelFile.h"
#include "merge/ConflictText.h"
#include "merge/ModelMerge.h"

#include <QFileInfo>

namespace latch::cli {

namespace {

ModelMerge::Names sideNames(const CommandLine& line)
{
    ModelMerge::Names names{line.value(QStringLiteral("ours-name")),
                            line.value(QStringLiteral("theirs-name"))};
    if (names.ours.isEmpty() && names.theirs.isEmpty() && GitProcess::rebasing({}))
        return ModelMerge::Names::forRebase();
    return names;
}

} // namespace

void MergeCommand::declare(CommandLine& line) const
{
    LibraryOptions::declare(line);
    line.addValue({QStringLiteral("o")});
    line.addValue({QStringLiteral("ours-name")});
    line.addValue({QStringLiteral("theirs-name")});
    line.setFileCount(3, 3);
}

int MergeCommand::execute(const CommandLine& line, Console& console)
{
    const QStringList files = line.files();
    const QString output = line.value(QStringLiteral("o"));
    if (output.isEmpty())
        return usageError(console, QStringLiteral("-o OUT is required"));
    std::optional<Model> versions[3];
    for (int i = 0; i < 3; ++i) {
        // Two branches that each added the file: git passes an empty file as the base.
        const QFileInfo info(files.at(i));
        if (i == 0 && info.isFile() && info.size() == 0) {
            versions[0] = Model{};
            continue;
        }
        QString error;
        int status = Console::Success;
        versions[i] = ModelSource::read(files.at(i), &error, &status);
        if (!versions[i]) {
            console.err << error << Qt::endl;
            return Console::UsageError; // a merge with an unreadable side is not attempted
        }
    }
    MergeResult result =
        ModelMerge::merge(*versions[0], *versions[1], *versions[2], sideNames(line));
    if (!result.error.isEmpty()) {
        console.err << output << ": " << result.error << Qt::endl;
        return Console::UsageError;
    }
    if (result.rederive) {
        RuleLibrary library;
        const bool whole = LibraryOptions(line).load(&result.model, output, library, console);
        ModelMerge::rederive(result.model, library, !whole);
    }
    QString error;
    if (!ModelFile::save(result.model, output, &error)) {
        console.err << error << Qt::endl;
        return Console::UsageError;
    }
    for (const QString& note : std::as_const(result.notes))
        console.out << output << ": note: " << note << '\n';
    const qsizetype conflicts = result.model.conflicts.size();
    for (qsizetype i = 0; i < conflicts; ++i)
        console.out << output << ": conflicts[" << i
                    << "]: " << ConflictText::describe(result.model, result.model.conflicts.at(i))
                    << '\n';
    if (conflicts == 0)
        console.out << output << ": merged cleanly" << Qt::endl;
    else
        console.out << output << ": merged with " << conflicts
                    << (conflicts == 1 ? " conflict" : " conflicts")
                    << " left to resolve (open it in Latch, or see latch-cli lint)" << Qt::endl;
    return conflicts == 0 ? Console::Success : Console::ProblemFound;
}

} // namespace latch::cli
