#pragma once

#include "Command.h"
#include "report/ExportFile.h"

namespace latch::cli {

// What `report` and `export` share: FILE -o OUT with the export options, a format taken from
// OUT's name, and a file written whole or not at all.
class ExportingCommand : public Command
{
public:
    bool drawsPictures() const override { return true; }

protected:
    void declare(CommandLine& line) const final;
    int execute(const CommandLine& line, Console& console) final;
    virtual bool writes(ExportFile::Format format) const = 0;
    // The usage error when -o names something this command does not write.
    virtual QString outputHint() const = 0;
    // True when the output has words of its own (headings, statuses), which --language
    // translates; a CSV stays in the format's English for the tools that read it.
    virtual bool translates() const { return false; }
};

} // namespace latch::cli
