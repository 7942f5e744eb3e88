#pragma once

#include "Command.h"

namespace latch::cli {

class ValidateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString usage() const override { return QStringLiteral("validate [--no-conflicts] MODEL..."); }
    QString summary() const override
    {
        return QStringLiteral("check that each model loads; one line per problem");
    }

protected:
    void declare(CommandLine& line) const override;
    int execute(const CommandLine& line, Console& console) override;
};

} // namespace latch::cli
