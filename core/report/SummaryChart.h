#pragma once

#include "ReportSections.h"

#include <QByteArray>
#include <QRectF>

class QPainter;

namespace latch {

// Threats per category as horizontal bars, each split by risk band in the canvas's colours,
// with a legend. Painted on the PDF's summary page and inlined as SVG in the HTML report.
class SummaryChart
{
public:
    static void paint(QPainter& painter, const QRectF& area, const ReportSections::Counts& counts);
    static QByteArray svg(const ReportSections::Counts& counts, QSizeF size);
};

} // namespace latch
