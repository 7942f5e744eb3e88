#include "MarkPainter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace latch {

namespace {

constexpr qreal haloWidth = 8;
constexpr qreal tagRadius = 8;

} // namespace

QColor MarkPainter::color(CanvasMarks::Mark mark)
{
    switch (mark) {
    case CanvasMarks::Mark::Added:
        return QColor(0x2e, 0x7d, 0x32); // green
    case CanvasMarks::Mark::Changed:
        return QColor(0xe0, 0x8e, 0x00); // amber
    case CanvasMarks::Mark::Conflict:
        return QColor(0xad, 0x14, 0x57); // magenta, apart from the boundaries' red
    case CanvasMarks::Mark::Removed:
        return QColor(0x75, 0x75, 0x75); // grey: a ghost of what was
    case CanvasMarks::Mark::Inside:
        return QColor(0x1e, 0x6f, 0xd9); // blue, as the selection
    case CanvasMarks::Mark::None:
        break;
    }
    return {};
}

QChar MarkPainter::sign(CanvasMarks::Mark mark)
{
    switch (mark) {
    case CanvasMarks::Mark::Added:
        return QLatin1Char('+');
    case CanvasMarks::Mark::Changed:
        return QLatin1Char('~');
    case CanvasMarks::Mark::Conflict:
        return QLatin1Char('!');
    case CanvasMarks::Mark::Removed:
        return QChar(0x2212); // minus sign
    case CanvasMarks::Mark::Inside:
        return QChar(0x2208); // element of
    case CanvasMarks::Mark::None:
        break;
    }
    return {};
}

void MarkPainter::paint(QPainter& painter, const QPainterPath& outline, CanvasMarks::Mark mark,
                        QPointF tagAt, bool withTag)
{
    if (mark == CanvasMarks::Mark::None || outline.isEmpty())
        return;
    const QColor solid = color(mark);
    QColor halo = solid;
    halo.setAlpha(140);
    painter.save();
    // Never thinner than a few pixels on screen: a diagram seen whole still shows its marks.
    const qreal scale = std::sqrt(std::abs(painter.worldTransform().determinant()));
    const qreal width = scale > 0 ? std::max(haloWidth, 6 / scale) : haloWidth;
    QPen pen(halo, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.strokePath(outline, pen);
    if (withTag) {
        const QPointF centre = tagAt;
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(solid);
        painter.drawEllipse(centre, tagRadius, tagRadius);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(int(tagRadius * 1.6));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(
            QRectF(centre - QPointF(tagRadius, tagRadius), QSizeF(2 * tagRadius, 2 * tagRadius)),
            Qt::AlignCenter, QString(sign(mark)));
    }
    painter.restore();
}

} // namespace latch
