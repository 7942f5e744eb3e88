#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace latch {

// Runs git for what reads from a repository or sets one up (latch-cli's commands, the editor
// opening a file git left conflicted); never a shell.
class GitProcess
{
public:
    // git's standard output, or nullopt with `error` set to git's first error line (or why it
    // could not run). An empty `dir` runs in the current folder.
    static std::optional<QByteArray> run(const QString& dir, const QStringList& arguments,
                                         QString* error);
    // Whether a rebase is in progress in the repository holding `dir`: git then calls the
    // branch being rebased onto "ours" and the user's own commit "theirs".
    static bool rebasing(const QString& dir);
};

} // namespace latch
