#include "SummaryChart.h"

#include "DiagramStyle.h"
#include "language/DisplayNames.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QSvgGenerator>

namespace latch {

namespace {

constexpr RiskBand bandOrder[] = {RiskBand::Critical, RiskBand::High, RiskBand::Medium,
                                  RiskBand::Low, RiskBand::Unscored};

} // namespace

void SummaryChart::paint(QPainter& painter, const QRectF& area,
                         const ReportSections::Counts& counts)
{
    const DiagramStyle style = DiagramStyle::standard();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = style.font;
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const qreal legendHeight = metrics.height() * 1.8;
    qreal labelWidth = 0;
    for (const QString& category : counts.categories)
        labelWidth =
            std::max(labelWidth, metrics.horizontalAdvance(DisplayNames::category(category)));
    labelWidth += 10;
    int largest = 1;
    for (const QString& category : counts.categories)
        largest = std::max(largest, counts.byCategory.value(category));
    const qreal countWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + 6;
    const qreal barArea = std::max(10.0, area.width() - labelWidth - countWidth);
    const qreal rowHeight =
        std::min(metrics.height() * 2.0,
                 (area.height() - legendHeight) / std::max<qsizetype>(1, counts.categories.size()));

    qreal y = area.top();
    for (const QString& category : counts.categories) {
        const QRectF label(area.left(), y, labelWidth - 6, rowHeight);
        painter.setPen(style.text);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         DisplayNames::category(category));
        qreal x = area.left() + labelWidth;
        for (RiskBand band : bandOrder) {
            const int count = counts.byCategoryAndBand.value(category).value(int(band));
            if (count == 0)
                continue;
            const qreal width = barArea * count / largest;
            painter.setPen(Qt::NoPen);
            painter.setBrush(style.bandColor(band));
            painter.drawRect(QRectF(x, y + rowHeight * 0.2, width, rowHeight * 0.6));
            x += width;
        }
        painter.setPen(style.text);
        painter.drawText(QRectF(x + 4, y, countWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(counts.byCategory.value(category)));
        y += rowHeight;
    }
    // Legend.
    qreal x = area.left() + labelWidth;
    y += metrics.height() * 0.5;
    for (RiskBand band : bandOrder) {
        const QString name = ReportSections::bandName(band);
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.bandColor(band));
        painter.drawRect(QRectF(x, y + 2, metrics.height() - 4, metrics.height() - 4));
        painter.setPen(style.text);
        painter.drawText(QPointF(x + metrics.height(), y + metrics.ascent()), name);
        x += metrics.height() + metrics.horizontalAdvance(name) + 14;
    }
    painter.restore();
}

QByteArray SummaryChart::svg(const ReportSections::Counts& counts, QSizeF size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(96);
    {
        QPainter painter(&generator);
        paint(painter, QRectF(QPointF(0, 0), size), counts);
    }
    return bytes;
}

} // namespace latch
