#pragma once

#include "Command.h"

namespace latch::cli {

// Sets a git repository up for models (README, "Models in git"): the .gitattributes line, the
// diff and merge drivers in the repository's own config and a pre-commit hook that refuses a
// model with unresolved merge conflicts; `--remove` takes them out again.
class GitSetupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("git-setup"); }
    QString usage() const override { return QStringLiteral("git-setup [DIR] [--remove]"); }
    QString summary() const override
    {
        return QStringLiteral("make git diff and merge .tmodel files by their meaning");
    }

protected:
    void declare(CommandLine& line) const override;
    int execute(const CommandLine& line, Console& console) override;

private:
    static int setUpHook(const QString& root, const QString& cli, bool remove, Console& console);
};

} // namespace latch::cli
