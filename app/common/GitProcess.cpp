#include "GitProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace latch {

std::optional<QByteArray> GitProcess::run(const QString& dir, const QStringList& arguments,
                                          QString* error)
{
    QProcess git;
    if (!dir.isEmpty())
        git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), arguments);
    if (!git.waitForStarted(10'000)) {
        *error = QStringLiteral("git could not be started");
        return std::nullopt;
    }
    // A model is at most TmodelFormat::maximumFileSize; git show of it takes well under this.
    if (!git.waitForFinished(120'000) || git.exitStatus() != QProcess::NormalExit) {
        git.kill();
        *error = QStringLiteral("git did not finish");
        return std::nullopt;
    }
    if (git.exitCode() != 0) {
        const QString message = QString::fromUtf8(git.readAllStandardError())
                                    .trimmed()
                                    .section(QLatin1Char('\n'), 0, 0);
        *error = message.isEmpty() ? QStringLiteral("git failed") : message;
        return std::nullopt;
    }
    return git.readAllStandardOutput();
}

bool GitProcess::rebasing(const QString& dir)
{
    QString error;
    for (const QString& state : {QStringLiteral("rebase-merge"), QStringLiteral("rebase-apply")}) {
        const auto path =
            run(dir, {QStringLiteral("rev-parse"), QStringLiteral("--git-path"), state}, &error);
        if (path && QFileInfo::exists(QDir(dir.isEmpty() ? QDir::currentPath() : dir)
                                          .absoluteFilePath(QString::fromUtf8(*path).trimmed())))
            return true;
    }
    return false;
}

} // namespace latch
