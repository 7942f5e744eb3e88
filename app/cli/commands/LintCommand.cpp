#include "LintCommand.h"

#include "CommandLine.h"
#include "LibraryOptions.h"
#include "engine/ModelLinter.h"
#include "engine/RuleLibrary.h"
#include "format/ModelFile.h"
#include "model/Model.h"

namespace latch::cli {

void LintCommand::declare(CommandLine& line) const
{
    LibraryOptions::declare(line);
    line.setFileCount(1, 1);
}

int LintCommand::execute(const CommandLine& line, Console& console)
{
    const LibraryOptions libraries(line);
    if (!libraries.frameworkError().isEmpty())
        return usageError(console, libraries.frameworkError());
    const QString path = line.files().constFirst();
    int status = Console::Success;
    auto model = loadModel(path, console, &status);
    if (!model)
        return status;
    RuleLibrary library;
    if (!libraries.load(&*model, path, library, console))
        return Console::ProblemFound;
    libraries.chooseFrameworks(*model);
    const QVector<LintFinding> findings = ModelLinter::lint(*model, library);
    for (const LintFinding& finding : findings)
        console.out << path << ": " << finding.place << ": " << finding.message << '\n';
    console.out.flush();
    return findings.isEmpty() ? Console::Success : Console::ProblemFound;
}

} // namespace latch::cli
