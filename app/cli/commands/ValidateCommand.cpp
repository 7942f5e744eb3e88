#include "ValidateCommand.h"

#include "format/ModelFile.h"
#include "model/Model.h"

#include <algorithm>

namespace latch::cli {

int ValidateCommand::run(const QStringList& arguments, Console& console)
{
    if (arguments.isEmpty())
        return usageError(console, QStringLiteral("no file given"));
    const Arguments split = splitArguments(arguments, {});
    if (!split.error.isEmpty())
        return usageError(console, split.error);
    int status = Console::Success;
    for (const QString& path : split.files) {
        int fileStatus = Console::Success;
        if (!loadModel(path, console, &fileStatus)) {
            status = std::max(status, fileStatus);
            continue;
        }
        console.out << path << ": ok" << Qt::endl;
    }
    return status;
}

} // namespace latch::cli
