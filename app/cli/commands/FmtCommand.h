#pragma once

#include "Command.h"

namespace latch::cli {

// Rewrites models in canonical form, like gofmt. Never writes a file it could not read whole.
class FmtCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("fmt"); }
    QString usage() const override { return QStringLiteral("fmt FILE... [--check]"); }
    QString summary() const override
    {
        return QStringLiteral("rewrite in canonical form; --check: exit 1 if not canonical");
    }

protected:
    void declare(CommandLine& line) const override;
    int execute(const CommandLine& line, Console& console) override;
};

} // namespace latch::cli
