#pragma once

#include "ReportOptions.h"

#include <QByteArray>

namespace latch {

class ThreatRegister;
struct Model;

// The report as one self-contained HTML file: no scripts, no external files; the summary
// chart and every diagram inline as SVG; every model string escaped.
class HtmlReport
{
public:
    static QByteArray write(const Model& model, const ReportOptions& options = {});
    // Over a register built once for the whole export, with the options' filter.
    static QByteArray write(const Model& model, const ThreatRegister& threatRegister,
                            const ReportOptions& options);
};

} // namespace latch
