#include "ExportCommand.h"

namespace latch::cli {

QString ExportCommand::usage() const
{
    return QStringLiteral("export FILE -o OUT.csv|OUT.svg|OUT.png|OUT.otm.json [--diagram NAME] "
                          "[--scale N] [--include-obsolete] [--include-repeats] [--open-only]");
}

QString ExportCommand::summary() const
{
    return QStringLiteral("the register as CSV, a diagram as SVG or PNG, the model as OTM");
}

bool ExportCommand::writes(ExportFile::Format format) const
{
    return format == ExportFile::Format::Csv || format == ExportFile::Format::Svg ||
           format == ExportFile::Format::Png || format == ExportFile::Format::Otm;
}

QString ExportCommand::outputHint() const
{
    return QStringLiteral("-o names the output: OUT.csv, OUT.svg, OUT.png or OUT.otm.json "
                          "(reports: latch-cli report)");
}

} // namespace latch::cli
