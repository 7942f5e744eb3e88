#include "ValidateCommand.h"

#include "CommandLine.h"
#include "model/Model.h"

#include <algorithm>

namespace latch::cli {

void ValidateCommand::declare(CommandLine& line) const
{
    line.setFileCount(1, -1);
}

int ValidateCommand::execute(const CommandLine& line, Console& console)
{
    int status = Console::Success;
    for (const QString& path : line.files()) {
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
