#pragma once

#include "Command.h"

namespace latch::cli {

class TmtParityCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("tmt-parity"); }
    QString usage() const override
    {
        return QStringLiteral("tmt-parity MODEL.tm7 [TEMPLATE.tb7] [--json]");
    }
    QString summary() const override
    {
        return QStringLiteral("run a TMT template on a .tm7 and compare with TMT's own threats");
    }

protected:
    void declare(CommandLine& line) const override;
    int execute(const CommandLine& line, Console& console) override;
};

} // namespace latch::cli
