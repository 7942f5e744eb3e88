#pragma once

// A real git repository in a temporary folder, for the suites that test Latch in git.
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace latch::test {

struct GitRun
{
    int status = -1;
    QString output; // standard output, then standard error
};

class GitRepo
{
public:
    GitRepo()
    {
        run({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
             QStringLiteral("main")});
        run({QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("t@e.st")});
        run({QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Tester")});
    }

    QString root() const { return m_dir.path(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    GitRun run(const QStringList& arguments) const
    {
        return exec(QStringLiteral("git"), arguments);
    }
    // latch-cli, run in the repository as git would run its drivers.
    GitRun cli(const QStringList& arguments) const
    {
        return exec(QStringLiteral(LATCH_CLI_PATH), arguments);
    }
    // Adds everything and commits; the status of `git commit`.
    int commitAll(const QString& message) const
    {
        run({QStringLiteral("add"), QStringLiteral("-A")});
        return run({QStringLiteral("commit"), QStringLiteral("-qm"), message}).status;
    }

    // Writes a file and commits it; its path, or an empty string when either failed.
    QString commitFile(const QString& name, const QByteArray& bytes, const QString& message) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        file.close();
        return commitAll(message) == 0 ? file.fileName() : QString();
    }

private:
    GitRun exec(const QString& program, const QStringList& arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(program, arguments);
        GitRun result;
        if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit)
            return result;
        result.status = process.exitCode();
        result.output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return result;
    }

    QTemporaryDir m_dir;
};

} // namespace latch::test
