#pragma once

#include "Command.h"

namespace latch::cli {

// Sets a git repository up for models (README, "Models in git"): the .gitattributes line and
// the diff driver in the repository's own config; `--remove` takes both out again.
class GitSetupCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("git-setup"); }
    QString usage() const override { return QStringLiteral("git-setup [DIR] [--remove]"); }
    QString summary() const override
    {
        return QStringLiteral("make git diff show the semantic diff of .tmodel files");
    }

protected:
    void declare(CommandLine& line) const override;
    int execute(const CommandLine& line, Console& console) override;
};

} // namespace latch::cli
