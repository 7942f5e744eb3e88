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
    for (const QString& argument : rest) {
        if (argument.startsWith(QLatin1Char('-')))
            return usageError(console, QStringLiteral("unknown option ") + argument);
    }
    if (rest.size() != 1)
        return usageError(console, QStringLiteral("expected exactly one file"));
    const QString path = rest.constFirst();
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
