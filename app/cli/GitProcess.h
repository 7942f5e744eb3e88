#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace latch::cli {

// Runs git for the commands that read from a repository or set one up; never a shell.
class GitProcess
{
public:
    // git's standard output, or nullopt with `error` set to git's first error line (or why it
    // could not run). An empty `dir` runs in the current folder.
    static std::optional<QByteArray> run(const QString& dir, const QStringList& arguments,
                                         QString* error);
};

} // namespace latch::cli
