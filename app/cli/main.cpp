// latch-cli: the headless command line. Thin: every command lives in commands/.
#include "Console.h"
#include "FileSizeLimit.h"
#include "HugePages.h"
#include "commands/DiffCommand.h"
#include "commands/ExportCommand.h"
#include "commands/FmtCommand.h"
#include "commands/GenerateCommand.h"
#include "commands/GitSetupCommand.h"
#include "commands/ImportCommand.h"
#include "commands/InfoCommand.h"
#include "commands/LintCommand.h"
#include "commands/MergeCommand.h"
#include "commands/ReportCommand.h"
#include "commands/RulesCommand.h"
#include "commands/ThreatsCommand.h"
#include "commands/TmtParityCommand.h"
#include "commands/ValidateCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
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
    commands.push_back(std::make_unique<DiffCommand>());
    commands.push_back(std::make_unique<MergeCommand>());
    commands.push_back(std::make_unique<GitSetupCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<TmtParityCommand>());
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

// Qt's note that XDG_RUNTIME_DIR is unset (usual in CI and containers) is noise on the
// command line, where stderr carries one line per problem; everything else passes through.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    const QByteArray text = qFormatLogMessage(type, context, message).toLocal8Bit();
    fprintf(stderr, "%s\n", text.constData());
}

} // namespace

int main(int argc, char* argv[])
{
    latch::HugePages::restartForLargeInput(argc, argv);
    latch::FileSizeLimit::reportOverrunsAsErrors();
    qInstallMessageHandler(quietMessages);
    const auto commands = allCommands();
    // Drawing commands get a GUI application on the offscreen platform: fonts and painting
    // without a display. The CLI never opens a window, whatever QT_QPA_PLATFORM says.
    bool draws = false;
    for (const auto& command : commands)
        draws = draws ||
                (argc > 1 && command->name() == QLatin1String(argv[1]) && command->drawsPictures());
    std::unique_ptr<QCoreApplication> app;
    if (draws) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("latch-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATCH_VERSION));

    Console console;
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
