#include "GitSetupCommand.h"

#include "CommandLine.h"
#include "GitProcess.h"
#include "format/ModelFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace latch::cli {

namespace {

const QString attributesLine = QStringLiteral("*.tmodel diff=latch");

std::optional<QString> git(const QString& dir, const QStringList& arguments, QString* error)
{
    const auto out = GitProcess::run(dir, arguments, error);
    return out ? std::optional(QString::fromUtf8(*out).trimmed()) : std::nullopt;
}

} // namespace

void GitSetupCommand::declare(CommandLine& line) const
{
    line.addFlag(QStringLiteral("remove"));
    line.setFileCount(0, 1);
}

int GitSetupCommand::execute(const CommandLine& line, Console& console)
{
    const QString dir = line.files().isEmpty() ? QDir::currentPath() : line.files().constFirst();
    QString error;
    const auto root =
        git(dir, {QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")}, &error);
    if (!root) {
        console.err << dir << ": not in a git working tree (" << error << ")" << Qt::endl;
        return Console::UsageError;
    }
    const QString attributesPath = QDir(*root).filePath(QStringLiteral(".gitattributes"));
    QByteArray attributes;
    if (QFile file(attributesPath); file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            console.err << attributesPath << ": cannot be read" << Qt::endl;
            return Console::UsageError;
        }
        attributes = file.readAll();
    }
    QStringList lines = QString::fromUtf8(attributes).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const bool remove = line.isSet(QStringLiteral("remove"));
    const bool present = lines.contains(attributesLine);
    if (remove)
        lines.removeAll(attributesLine);
    else if (!present)
        lines.append(attributesLine);
    if (remove && present && lines.isEmpty()) {
        // The line was all there was: the file goes, as it was before set-up.
        if (!QFile::remove(attributesPath)) {
            console.err << attributesPath << ": cannot be removed" << Qt::endl;
            return Console::ProblemFound;
        }
    } else if (remove ? present : !present) {
        const QByteArray text = lines.isEmpty()
                                    ? QByteArray()
                                    : (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
        if (!ModelFile::writeAtomically(attributesPath, text, &error)) {
            console.err << error << Qt::endl;
            return Console::ProblemFound;
        }
    }
    // The driver runs this very latch-cli, wherever it is installed.
    const QString command =
        QStringLiteral("'%1' diff --git").arg(QCoreApplication::applicationFilePath());
    const QStringList config =
        remove ? QStringList{QStringLiteral("config"), QStringLiteral("--local"),
                             QStringLiteral("--unset-all"), QStringLiteral("diff.latch.command")}
               : QStringList{QStringLiteral("config"), QStringLiteral("--local"),
                             QStringLiteral("diff.latch.command"), command};
    if (!git(*root, config, &error) && !remove) {
        console.err << *root << ": git config failed: " << error << Qt::endl;
        return Console::ProblemFound;
    }
    if (remove)
        console.out << *root << ": .tmodel files diff as text again" << Qt::endl;
    else
        console.out << *root << ": " << attributesLine
                    << " in .gitattributes; diff.latch.command = " << command << Qt::endl;
    return Console::Success;
}

} // namespace latch::cli
