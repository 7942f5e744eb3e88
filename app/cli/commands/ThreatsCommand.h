#pragma once

#include "Command.h"

namespace latch::cli {

// Runs the engine over a model and prints the threat register, highest risk first.
class ThreatsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("threats"); }
    QString usage() const override
    {
        return QStringLiteral(
            "threats FILE [--json] [--write] [--include-repeats] [--rules LIB.json]... "
            "[--framework stride|linddun|cia]...");
    }
    QString summary() const override
    {
        return QStringLiteral("run the engine; print the register; --write saves FILE");
    }

protected:
    void declare(CommandLine& line) const override;
    int execute(const CommandLine& line, Console& console) override;
};

} // namespace latch::cli
