#pragma once

#include "Command.h"

namespace latch::cli {

// Writes a synthetic model for benchmarks: clusters inside boundaries, flows between them.
class GenerateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString usage() const override
    {
        return QStringLiteral("generate --elements N -o OUT [--seed S]");
    }
    QString summary() const override
    {
        return QStringLiteral("a synthetic model of N elements, for benchmarks");
    }

protected:
    void declare(CommandLine& line) const override;
    int execute(const CommandLine& line, Console& console) override;
};

} // namespace latch::cli
