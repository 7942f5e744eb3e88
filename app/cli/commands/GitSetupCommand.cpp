#include "GitSetupCommand.h"

#include "CommandLine.h"
#include "GitProcess.h"
#include "format/ModelFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace latch::cli {

namespace {

const QString attributesLine = QStringLiteral("*.tmodel diff=latch merge=latch");
// What an earlier Latch wrote, before the merge driver: --remove takes it away too.
const QString earlierAttributesLine = QStringLiteral("*.tmodel diff=latch");
// The hook says it is ours, so that --remove never deletes someone else's.
const QByteArray hookMarker = "# Written by latch-cli git-setup";

std::optional<QString> git(const QString& dir, const QStringList& arguments, QString* error)
{
    const auto out = GitProcess::run(dir, arguments, error);
    return out ? std::optional(QString::fromUtf8(*out).trimmed()) : std::nullopt;
}

// The pre-commit check: every staged model must load and hold no merge conflict. Reads the
// staged version (":path"), not the work tree's.
QByteArray hookText(const QString& cli)
{
    QByteArray text = "#!/bin/sh\n" + hookMarker +
                      ": refuses to commit a model with unresolved merge\n"
                      "# conflicts. `latch-cli git-setup --remove` takes it away.\n"
                      "git diff --cached --name-only --diff-filter=ACMR -- '*.tmodel' | {\n"
                      "    status=0\n"
                      "    while IFS= read -r path; do\n"
                      "        '";
    text += cli.toUtf8();
    text += "' validate --no-conflicts \":$path\" >/dev/null || status=1\n"
            "    done\n"
            "    exit $status\n"
            "}\n";
    return text;
}

} // namespace

int GitSetupCommand::setUpHook(const QString& root, const QString& cli, bool remove,
                               Console& console)
{
    QString error;
    const auto hook = git(root,
                          {QStringLiteral("rev-parse"), QStringLiteral("--git-path"),
                           QStringLiteral("hooks/pre-commit")},
                          &error);
    if (!hook) {
        console.err << root << ": cannot find the hooks folder: " << error << Qt::endl;
        return Console::ProblemFound;
    }
    const QString path = QDir(root).absoluteFilePath(*hook);
    QFile file(path);
    const bool exists = file.exists();
    QByteArray current;
    if (exists && file.open(QIODevice::ReadOnly))
        current = file.readAll();
    const bool ours = current.contains(hookMarker);
    if (remove) {
        if (ours && !QFile::remove(path)) {
            console.err << path << ": cannot be removed" << Qt::endl;
            return Console::ProblemFound;
        }
        return Console::Success;
    }
    if (exists && !ours) {
        // Someone's own hook stays; they add the check to it.
        console.err << path << ": a pre-commit hook exists and is left as it is; to refuse "
                    << "models with conflicts, add: '" << cli
                    << "' validate --no-conflicts :PATH for each staged .tmodel" << Qt::endl;
        return Console::Success;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!ModelFile::writeAtomically(path, hookText(cli), &error) ||
        !QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner |
                                         QFileDevice::ExeGroup | QFileDevice::ExeOther)) {
        console.err << path << ": cannot write the hook: " << error << Qt::endl;
        return Console::ProblemFound;
    }
    console.out << root << ": pre-commit hook " << path << Qt::endl;
    return Console::Success;
}

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
    const bool earlier = lines.contains(earlierAttributesLine);
    lines.removeAll(earlierAttributesLine);
    const bool present = lines.contains(attributesLine) && !earlier;
    if (remove)
        lines.removeAll(attributesLine);
    else if (!lines.contains(attributesLine))
        lines.append(attributesLine);
    if (remove && present && lines.isEmpty()) {
        // The line was all there was: the file goes, as it was before set-up.
        if (!QFile::remove(attributesPath)) {
            console.err << attributesPath << ": cannot be removed" << Qt::endl;
            return Console::ProblemFound;
        }
    } else if (earlier || (remove ? present : !present)) {
        const QByteArray text = lines.isEmpty()
                                    ? QByteArray()
                                    : (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
        if (!ModelFile::writeAtomically(attributesPath, text, &error)) {
            console.err << error << Qt::endl;
            return Console::ProblemFound;
        }
    }
    // The drivers run this very latch-cli, wherever it is installed.
    const QString cli = QCoreApplication::applicationFilePath();
    const QList<QPair<QString, QString>> settings = {
        {QStringLiteral("diff.latch.command"), QStringLiteral("'%1' diff --git").arg(cli)},
        {QStringLiteral("merge.latch.name"), QStringLiteral("Latch three-way model merge")},
        {QStringLiteral("merge.latch.driver"),
         QStringLiteral("'%1' merge %O %A %B -o %A").arg(cli)}};
    for (const auto& [key, value] : settings) {
        const QStringList config =
            remove ? QStringList{QStringLiteral("config"), QStringLiteral("--local"),
                                 QStringLiteral("--unset-all"), key}
                   : QStringList{QStringLiteral("config"), QStringLiteral("--local"), key, value};
        if (!git(*root, config, &error) && !remove) {
            console.err << *root << ": git config failed: " << error << Qt::endl;
            return Console::ProblemFound;
        }
    }
    if (const int status = setUpHook(*root, cli, remove, console); status != Console::Success)
        return status;
    if (remove) {
        console.out << *root << ": .tmodel files diff and merge as text again" << Qt::endl;
    } else {
        console.out << *root << ": " << attributesLine << " in .gitattributes" << '\n';
        for (const auto& [key, value] : settings)
            console.out << *root << ": " << key << " = " << value << '\n';
        console.out.flush();
    }
    return Console::Success;
}

} // namespace latch::cli
