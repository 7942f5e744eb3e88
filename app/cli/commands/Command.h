#pragma once

#include "Console.h"

#include <QString>
#include <QStringList>

namespace latch::cli {

// One `latch-cli` subcommand. `run` receives the arguments after the command name and returns
// the exit status (Console::Status).
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString usage() const = 0;   // "validate FILE..."
    virtual QString summary() const = 0; // one line for `latch-cli help`
    virtual int run(const QStringList& arguments, Console& console) = 0;

protected:
    // Prints "latch-cli NAME: message" and the usage line; returns Console::UsageError.
    int usageError(Console& console, const QString& message) const
    {
        console.err << "latch-cli " << name() << ": " << message << "\nusage: latch-cli " << usage()
                    << Qt::endl;
        return Console::UsageError;
    }
};

} // namespace latch::cli
