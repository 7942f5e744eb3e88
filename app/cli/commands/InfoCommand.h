#pragma once

#include "Command.h"

namespace latch::cli {

class InfoCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString usage() const override { return QStringLiteral("info FILE [--json]"); }
    QString summary() const override
    {
        return QStringLiteral("counts of diagrams, elements by kind, threats by status");
    }

protected:
    void declare(CommandLine& line) const override;
    int execute(const CommandLine& line, Console& console) override;
};

} // namespace latch::cli
