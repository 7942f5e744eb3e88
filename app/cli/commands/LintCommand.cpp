#include "LintCommand.h"

#include "LibraryOptions.h"
#include "engine/ModelLinter.h"
#include "engine/RuleLibrary.h"
#include "format/ModelFile.h"
#include "model/Model.h"

namespace latch::cli {

int LintCommand::run(const QStringList& arguments, Console& console)
{
    QStringList rest = arguments;
    LibraryOptions libraries;
    QString error;
    if (!libraries.take(rest, &error))
        return usageError(console, error);
    const Arguments split = splitArguments(rest, {});
    if (!split.error.isEmpty())
        return usageError(console, split.error);
    if (split.files.size() != 1)
        return usageError(console, QStringLiteral("expected exactly one file"));
    const QString path = split.files.constFirst();
    int status = Console::Success;
    const auto model = loadModel(path, console, &status);
    if (!model)
        return status;
    RuleLibrary library;
    if (!libraries.load(&*model, path, library, console))
        return Console::ProblemFound;
    const QVector<LintFinding> findings = ModelLinter::lint(*model, library);
    for (const LintFinding& finding : findings)
        console.out << path << ": " << finding.place << ": " << finding.message << '\n';
    console.out.flush();
    return findings.isEmpty() ? Console::Success : Console::ProblemFound;
}

} // namespace latch::cli
