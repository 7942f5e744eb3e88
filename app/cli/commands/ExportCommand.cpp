#include "ExportCommand.h"

namespace latch::cli {

QString ExportCommand::usage() const
{
    return QStringLiteral("export FILE -o OUT.csv|OUT.svg|OUT.png [--diagram NAME] [--scale N] "
                          "[--include-obsolete] [--open-only]");
}

QString ExportCommand::summary() const
{
    return QStringLiteral("the register as CSV, or a diagram as SVG or PNG");
}

bool ExportCommand::writes(ExportFile::Format format) const
{
    return format == ExportFile::Format::Csv || format == ExportFile::Format::Svg ||
           format == ExportFile::Format::Png;
}

QString ExportCommand::outputHint() const
{
    return QStringLiteral("-o names the output: OUT.csv, OUT.svg or OUT.png "
                          "(reports: latch-cli report)");
}

} // namespace latch::cli
