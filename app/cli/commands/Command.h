#pragma once

#include "Console.h"
#include "format/ModelFile.h"
#include "model/Model.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

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
    // Commands that draw (reports, images) need fonts and painting: a QGuiApplication on the
    // offscreen platform. The others start faster without one.
    virtual bool drawsPictures() const { return false; }

protected:
    // Arguments split into the flags a command knows and the files; any other "-x" is an
    // error ("unknown option -x"), left empty when all is well.
    struct Arguments
    {
        QSet<QString> flags;
        QHash<QString, QString> values; // options that take a value: "-o OUT"
        QStringList files;
        QString error;
    };
    static Arguments splitArguments(const QStringList& arguments, const QStringList& knownFlags,
                                    const QStringList& valueOptions = {})
    {
        Arguments split;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString& argument = arguments.at(i);
            if (valueOptions.contains(argument)) {
                if (i + 1 >= arguments.size()) {
                    if (split.error.isEmpty())
                        split.error = QStringLiteral("option %1 needs a value").arg(argument);
                } else {
                    split.values.insert(argument, arguments.at(++i));
                }
            } else if (knownFlags.contains(argument))
                split.flags.insert(argument);
            else if (argument.startsWith(QLatin1Char('-')) && split.error.isEmpty())
                split.error = QStringLiteral("unknown option ") + argument;
            else
                split.files << argument;
        }
        return split;
    }

    // Loads a model or prints the loader's one-line error; `status` is then 2 for a file that
    // cannot be read at all and 1 for one that is not a valid model.
    static std::optional<Model> loadModel(const QString& path, Console& console, int* status)
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

    // Prints "latch-cli NAME: message" and the usage line; returns Console::UsageError.
    int usageError(Console& console, const QString& message) const
    {
        console.err << "latch-cli " << name() << ": " << message << "\nusage: latch-cli " << usage()
                    << Qt::endl;
        return Console::UsageError;
    }
};

} // namespace latch::cli
