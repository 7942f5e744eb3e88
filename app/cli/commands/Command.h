#pragma once

#include "Console.h"
#include "model/Model.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace latch::cli {

class CommandLine;

// One `latch-cli` subcommand. `run` receives the arguments after the command name and returns
// the exit status (Console::Status).
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString usage() const = 0;   // "validate FILE..."
    virtual QString summary() const = 0; // one line for `latch-cli help`
    // The preamble every command shares: parses the arguments as `declare` says and reports a
    // problem as a usage error (exit 2), else runs `execute`.
    int run(const QStringList& arguments, Console& console);
    // Commands that draw (reports, images) need fonts and painting: a QGuiApplication on the
    // offscreen platform. The others start faster without one.
    virtual bool drawsPictures() const { return false; }

protected:
    // The options the command takes and how many files.
    virtual void declare(CommandLine& line) const = 0;
    virtual int execute(const CommandLine& line, Console& console) = 0;

    // Loads a model or prints the loader's one-line error; `status` is then 2 for a file that
    // cannot be read at all and 1 for one that is not a valid model.
    static std::optional<Model> loadModel(const QString& path, Console& console, int* status);

    // Prints "latch-cli NAME: message" and the usage line; returns Console::UsageError.
    int usageError(Console& console, const QString& message) const;
};

} // namespace latch::cli
