#pragma once

#include "Command.h"

namespace latch::cli {

// A three-way merge of models (README, "Merging two branches"), and git's merge driver:
// `latch-cli merge %O %A %B -o %A`. Exit 0 when clean, 1 when conflicts remain (recorded in
// the model, which still loads), 2 on errors.
class MergeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString usage() const override
    {
        return QStringLiteral("merge BASE OURS THEIRS -o OUT [--ours-name N] [--theirs-name N]");
    }
    QString summary() const override
    {
        return QStringLiteral("three-way merge of a model by id; exit 1 if conflicts remain");
    }

protected:
    void declare(CommandLine& line) const override;
    int execute(const CommandLine& line, Console& console) override;
};

} // namespace latch::cli
