#include "ReportCommand.h"

#include "language/Translations.h"

namespace latch::cli {

QString ReportCommand::usage() const
{
    return QStringLiteral("report FILE -o OUT.pdf|OUT.html [--page-size a4|letter] "
                          "[--language %1] [--include-obsolete] [--include-repeats] [--open-only]")
        .arg(Translations::available().join(QLatin1Char('|')));
}

QString ReportCommand::summary() const
{
    return QStringLiteral("the threat register report, as PDF or self-contained HTML");
}

bool ReportCommand::translates() const
{
    return true;
}

bool ReportCommand::writes(ExportFile::Format format) const
{
    return format == ExportFile::Format::Pdf || format == ExportFile::Format::Html;
}

QString ReportCommand::outputHint() const
{
    return QStringLiteral("-o names the report: OUT.pdf or OUT.html");
}

} // namespace latch::cli
