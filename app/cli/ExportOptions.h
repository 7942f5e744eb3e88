#pragma once

#include "report/ExportFile.h"

namespace latch::cli {

class CommandLine;

// The options `report` and `export` share: -o, what to include, the page size, the diagram
// and the image scale.
struct ExportOptions
{
    static void declare(CommandLine& line);
    // The request the options describe; `error` is set when a value is not acceptable.
    static ExportFile::Request read(const CommandLine& line, QString* error);
};

} // namespace latch::cli
