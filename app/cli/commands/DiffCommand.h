#pragma once

#include "Command.h"

namespace latch::cli {

// The semantic difference of two versions of a model (README, "Reviewing a model change").
// Also git's external diff driver: `--git` takes the seven arguments git passes.
class DiffCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString usage() const override
    {
        return QStringLiteral("diff A B [--json] [--ignore-layout] [--format text|markdown] "
                              "(A, B: FILE, REV:path or -)");
    }
    QString summary() const override
    {
        return QStringLiteral("what changed between two versions of a model; exit 1 if any");
    }

protected:
    void declare(CommandLine& line) const override;
    int execute(const CommandLine& line, Console& console) override;
};

} // namespace latch::cli
