#pragma once

#include "Command.h"

namespace latch::cli {

class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString usage() const override
    {
        return QStringLiteral("import IN -o OUT.tmodel [--from threat-dragon|tm7|otm] [--rules "
                              "LIBRARY|TEMPLATE.tb7]");
    }
    QString summary() const override
    {
        return QStringLiteral("a Threat Dragon, TMT (.tm7) or Open Threat Model file as a model");
    }

protected:
    void declare(CommandLine& line) const override;
    int execute(const CommandLine& line, Console& console) override;
};

} // namespace latch::cli
