#include "CommandLine.h"

namespace latch::cli {

namespace {

// The option name QCommandLineParser sees in an argument: "--page-size=a4" -> "page-size".
QString optionName(const QString& argument)
{
    const qsizetype dashes = argument.startsWith(QLatin1String("--")) ? 2 : 1;
    return argument.mid(dashes).section(QLatin1Char('='), 0, 0);
}

// The arguments that can be options: those before "--" that start with a dash ("-" alone is
// a file, by convention standard input).
QStringList optionArguments(const QStringList& arguments)
{
    QStringList options;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--"))
            break;
        if (argument.size() > 1 && argument.startsWith(QLatin1Char('-')))
            options << argument;
    }
    return options;
}

} // namespace

CommandLine::CommandLine()
{
    // One option per argument, as Latch always parsed them: "-ab" is an unknown option, not
    // -a -b, and "-ofile" is not -o file.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void CommandLine::addFlag(const QString& name)
{
    m_parser.addOption(QCommandLineOption(name));
    m_flags.insert(name);
}

void CommandLine::addValue(const QStringList& names)
{
    m_parser.addOption(QCommandLineOption(names, QString(), QStringLiteral("value")));
    for (const QString& name : names)
        m_valueOptions.insert(name);
}

void CommandLine::setFileCount(int minimum, int maximum)
{
    m_minimumFiles = minimum;
    m_maximumFiles = maximum;
}

QString CommandLine::parse(const QStringList& arguments)
{
    // parse(), not process(): no automatic --help or exit, and our own messages. Its first
    // argument is taken for the program's name.
    if (const QString wrong = wrongDashes(arguments); !wrong.isEmpty())
        return QStringLiteral("unknown option ") + wrong;
    if (!m_parser.parse(QStringList{QString()} + arguments))
        return syntaxProblem(arguments);
    return fileCountProblem();
}

// Latch spells a one-letter option with one dash and a word with two ("-o", "--json");
// QCommandLineParser would take "-json" and "--o" too. The argument after a value option is
// its value, whatever it looks like.
QString CommandLine::wrongDashes(const QStringList& arguments) const
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.size() < 2 || !argument.startsWith(QLatin1Char('-')))
            continue;
        const QString name = optionName(argument);
        const bool twoDashes = argument.startsWith(QLatin1String("--"));
        if (twoDashes != (name.size() > 1))
            return argument.section(QLatin1Char('='), 0, 0);
        if (m_valueOptions.contains(name) && !argument.contains(QLatin1Char('=')))
            ++i;
    }
    return QString();
}

// QCommandLineParser says only that something failed (in Qt's wording); name the argument as
// it was typed.
QString CommandLine::syntaxProblem(const QStringList& arguments) const
{
    const QStringList options = optionArguments(arguments);
    const QStringList unknown = m_parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        for (const QString& argument : options) {
            if (optionName(argument) == unknown.first())
                return QStringLiteral("unknown option ") + argument;
        }
    }
    for (const QString& argument : options) {
        if (argument.contains(QLatin1Char('=')) && m_flags.contains(optionName(argument)))
            return QStringLiteral("option %1 takes no value")
                .arg(argument.section(QLatin1Char('='), 0, 0));
    }
    // A value option can lack its value only as the last argument: any other takes the next.
    const QString& last = arguments.last();
    if (options.contains(last) && m_valueOptions.contains(optionName(last)))
        return QStringLiteral("option %1 needs a value").arg(last);
    return m_parser.errorText(); // not reached with the options Latch declares
}

QString CommandLine::fileCountProblem() const
{
    const QStringList files = m_parser.positionalArguments();
    if (files.size() < m_minimumFiles)
        return files.isEmpty() ? QStringLiteral("no file given")
                               : QStringLiteral("give at least %1 files").arg(m_minimumFiles);
    if (m_maximumFiles >= 0 && files.size() > m_maximumFiles)
        return QStringLiteral("unexpected argument ") + files.at(m_maximumFiles);
    return QString();
}

} // namespace latch::cli
