#include "ExportCommand.h"

namespace latch::cli {

QString ExportCommand::usage() const
{
    return QStringLiteral("export FILE -o OUT.csv|OUT.md|OUT.svg|OUT.png|OUT.otm.json "
                          "[--format csv|jira|gitlab|markdown] [--diagram NAME] [--scale N] "
                          "[--include-obsolete] [--include-repeats] [--open-only]");
}

QString ExportCommand::summary() const
{
    return QStringLiteral("the register as CSV, Markdown or tracker issues (Jira, GitLab), a "
                          "diagram as SVG or PNG, the model as OTM");
}

bool ExportCommand::writes(ExportFile::Format format) const
{
    return format != ExportFile::Format::Pdf && format != ExportFile::Format::Html;
}

QString ExportCommand::outputHint() const
{
    return QStringLiteral("-o names the output: OUT.csv, OUT.md, OUT.svg, OUT.png or "
                          "OUT.otm.json (reports: latch-cli report)");
}

} // namespace latch::cli
