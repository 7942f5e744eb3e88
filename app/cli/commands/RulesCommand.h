#pragma once

#include "Command.h"

namespace latch::cli {

// Lists the rule library in force: built-in, user folder and any --rules files.
class RulesCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("rules"); }
    QString usage() const override
    {
        return QStringLiteral(
            "rules [--json] [--rules LIB.json]... [--framework stride|linddun|cia]...");
    }
    QString summary() const override { return QStringLiteral("the loaded rule library"); }

protected:
    void declare(CommandLine& line) const override;
    int execute(const CommandLine& line, Console& console) override;
};

} // namespace latch::cli
