#include "Command.h"

#include "CommandLine.h"
#include "format/ModelFile.h"

namespace latch::cli {

int Command::run(const QStringList& arguments, Console& console)
{
    CommandLine line;
    declare(line);
    const QString problem = line.parse(arguments);
    if (!problem.isEmpty())
        return usageError(console, problem);
    return execute(line, console);
}

std::optional<Model> Command::loadModel(const QString& path, Console& console, int* status)
{
    QString error;
    bool unreadable = false;
    auto model = ModelFile::load(path, &error, &unreadable);
    if (!model) {
        console.err << error << Qt::endl;
        *status = unreadable ? Console::UsageError : Console::ProblemFound;
    }
    return model;
}

int Command::usageError(Console& console, const QString& message) const
{
    console.err << "latch-cli " << name() << ": " << message << "\nusage: latch-cli " << usage()
                << Qt::endl;
    return Console::UsageError;
}

} // namespace latch::cli
