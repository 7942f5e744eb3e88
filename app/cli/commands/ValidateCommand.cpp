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
        QString error;
        bool unreadable = false;
        const auto model = ModelFile::load(path, &error, &unreadable);
        if (!model) {
            console.err << error << Qt::endl;
            status = std::max(status,
                              unreadable ? int(Console::UsageError) : int(Console::ProblemFound));
            continue;
        }
        console.out << path << ": ok" << Qt::endl;
    }
    return status;
}

} // namespace latch::cli
