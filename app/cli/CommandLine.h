#pragma once

#include <QCommandLineParser>
#include <QSet>
#include <QStringList>

namespace latch::cli {

// The arguments of one command, parsed by QCommandLineParser: the options it declares and
// its files (the positional arguments). Problems are told in Latch's wording, not Qt's, so
// that every command says the same thing for the same mistake.
class CommandLine
{
public:
    CommandLine();

    // Names without dashes, as QCommandLineOption takes them: {"n", "elements"}.
    void addFlag(const QString& name);
    void addValue(const QStringList& names);
    // How many files the command takes; -1: no upper bound.
    void setFileCount(int minimum, int maximum);

    // The first problem ("unknown option -x", "no file given"), empty when all is well.
    QString parse(const QStringList& arguments);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList files() const { return m_parser.positionalArguments(); }

private:
    QString wrongDashes(const QStringList& arguments) const;
    QString syntaxProblem(const QStringList& arguments) const;
    QString fileCountProblem() const;

    QCommandLineParser m_parser;
    QSet<QString> m_flags;
    QSet<QString> m_valueOptions;
    int m_minimumFiles = 0;
    int m_maximumFiles = -1;
};

} // namespace latch::cli
