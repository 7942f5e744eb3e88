#include "ValidateCommand.h"

#include "CommandLine.h"
#include "ModelSource.h"
#include "merge/ConflictText.h"
#include "model/Model.h"

#include <algorithm>

namespace latch::cli {

void ValidateCommand::declare(CommandLine& line) const
{
    line.addFlag(QStringLiteral("no-conflicts"));
    line.setFileCount(1, -1);
}

int ValidateCommand::execute(const CommandLine& line, Console& console)
{
    // The pre-commit check of `git-setup`: a model a merge left with conflicts is valid, but
    // not ready to commit.
    const bool refuseConflicts = line.isSet(QStringLiteral("no-conflicts"));
    int status = Console::Success;
    for (const QString& path : line.files()) {
        QString error;
        int fileStatus = Console::Success;
        const auto model = ModelSource::read(path, &error, &fileStatus);
        if (!model) {
            console.err << error << Qt::endl;
            status = std::max(status, fileStatus);
            continue;
        }
        const qsizetype conflicts = model->conflicts.size();
        if (conflicts == 0) {
            console.out << path << ": ok" << Qt::endl;
            continue;
        }
        (refuseConflicts ? console.err : console.out)
            << path << ": " << (refuseConflicts ? "refused" : "ok") << ", " << conflicts
            << (conflicts == 1 ? " unresolved merge conflict" : " unresolved merge conflicts")
            << '\n';
        for (qsizetype i = 0; i < conflicts; ++i)
            (refuseConflicts ? console.err : console.out)
                << path << ": conflicts[" << i
                << "]: " << ConflictText::describe(*model, model->conflicts.at(i)) << '\n';
        console.out.flush();
        console.err.flush();
        if (refuseConflicts)
            status = std::max(status, int(Console::ProblemFound));
    }
    return status;
}

} // namespace latch::cli
