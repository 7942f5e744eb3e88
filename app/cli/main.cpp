// latch-cli: the headless command line. Thin: every command lives in commands/.
#include "Console.h"
#include "commands/FmtCommand.h"
#include "commands/GenerateCommand.h"
#include "commands/InfoCommand.h"
#include "commands/LintCommand.h"
#include "commands/RulesCommand.h"
#include "commands/ThreatsCommand.h"
#include "commands/ValidateCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

using namespace latch::cli;

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<FmtCommand>());
    commands.push_back(std::make_unique<ThreatsCommand>());
    commands.push_back(std::make_unique<LintCommand>());
    commands.push_back(std::make_unique<RulesCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    return commands;
}

void printHelp(const std::vector<std::unique_ptr<Command>>& commands, QTextStream& stream)
{
    stream << "usage: latch-cli COMMAND [ARGUMENTS]\n\ncommands:\n";
    for (const auto& command : commands)
        stream << "  " << command->usage().leftJustified(28) << command->summary() << '\n';
    stream << "\nexit status: 0 success, 1 a problem was found, 2 usage error or unreadable "
              "input"
           << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("latch-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCH_VERSION));

    Console console;
    const auto commands = allCommands();
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printHelp(commands, console.err);
        return Console::UsageError;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("help") || name == QLatin1String("--help") ||
        name == QLatin1String("-h")) {
        printHelp(commands, console.out);
        return Console::Success;
    }
    if (name == QLatin1String("--version")) {
        console.out << "latch-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Console::Success;
    }
    for (const auto& command : commands) {
        if (command->name() == name)
            return command->run(arguments, console);
    }
    console.err << "latch-cli: unknown command \"" << name << "\" (see latch-cli help)" << Qt::endl;
    return Console::UsageError;
}
