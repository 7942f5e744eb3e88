#include "ValidateCommand.h"

#include "format/ModelFile.h"
#include "model/Model.h"

#include <algorithm>

namespace latch::cli {

int ValidateCommand::run(const QStringList& arguments, Console& console)
{
    if (arguments.isEmpty())
        return usageError(console, QStringLiteral("no file given"));
    for (const QString& argument : arguments) {
        if (argument.startsWith(QLatin1Char('-')))
            return usageError(console, QStringLiteral("unknown option ") + argument);
    }
    int status = Console::Success;
    for (const QString& path : arguments) {
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
