#pragma once

#include "Command.h"

namespace latch::cli {

// Reports modeling problems, one line each; exit 1 when there are any.
class LintCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("lint"); }
    QString usage() const override
    {
        return QStringLiteral(
            "lint FILE [--rules LIB.json]... [--framework stride|linddun|cia]...");
    }
    QString summary() const override
    {
        return QStringLiteral("modeling problems (isolated or unnamed elements, ...)");
    }

protected:
    void declare(CommandLine& line) const override;
    int execute(const CommandLine& line, Console& console) override;
};

} // namespace latch::cli
