#include "RiskMatrixWidget.h"

#include "engine/RiskScoring.h"
#include "report/DiagramStyle.h"

#include <QMouseEvent>
#include <QPainter>

namespace latch {

namespace {

constexpr int cells = RiskRating::maximum;
constexpr int axisMargin = 18; // room for the axis titles

} // namespace

RiskMatrixWidget::RiskMatrixWidget(QWidget* parent)
    : QWidget(parent)
{
    setToolTip(tr("Likelihood (up) × impact (right). Click a cell to rate both."));
    setCursor(Qt::PointingHandCursor);
}

void RiskMatrixWidget::setRating(int likelihood, int impact)
{
    m_likelihood = likelihood;
    m_impact = impact;
    update();
}

QRect RiskMatrixWidget::grid() const
{
    const int side = std::min(width() - axisMargin, height() - axisMargin) / cells * cells;
    return QRect(axisMargin, 0, side, side);
}

QRect RiskMatrixWidget::cellRect(int likelihood, int impact) const
{
    const QRect g = grid();
    const int size = g.width() / cells;
    // Likelihood grows upwards, impact to the right, as risk matrices are drawn.
    return QRect(g.left() + (impact - 1) * size, g.top() + (cells - likelihood) * size, size, size);
}

void RiskMatrixWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const DiagramStyle style = DiagramStyle::standard();
    for (int likelihood = 1; likelihood <= cells; ++likelihood) {
        for (int impact = 1; impact <= cells; ++impact) {
            const QRect cell = cellRect(likelihood, impact);
            QColor fill = style.bandColor(RiskScoring::bandOfMatrix(likelihood * impact));
            const bool marked = likelihood == m_likelihood && impact == m_impact;
            fill.setAlpha(marked ? 255 : 110);
            painter.fillRect(cell, fill);
            painter.setPen(palette().color(QPalette::Base));
            painter.drawRect(cell.adjusted(0, 0, -1, -1));
            painter.setPen(marked ? Qt::white : palette().color(QPalette::Text));
            QFont font = painter.font();
            font.setBold(marked);
            painter.setFont(font);
            painter.drawText(cell, Qt::AlignCenter, QString::number(likelihood * impact));
        }
    }
    painter.setPen(palette().color(QPalette::Text));
    const QRect g = grid();
    painter.drawText(QRect(g.left(), g.bottom() + 2, g.width(), axisMargin - 2), Qt::AlignCenter,
                     tr("Impact →"));
    painter.save();
    painter.translate(0, g.bottom());
    painter.rotate(-90);
    painter.drawText(QRect(0, 0, g.height(), axisMargin - 2), Qt::AlignCenter, tr("Likelihood →"));
    painter.restore();
}

void RiskMatrixWidget::mousePressEvent(QMouseEvent* event)
{
    for (int likelihood = 1; likelihood <= cells; ++likelihood) {
        for (int impact = 1; impact <= cells; ++impact) {
            if (cellRect(likelihood, impact).contains(event->position().toPoint())) {
                Q_EMIT cellClicked(likelihood, impact);
                return;
            }
        }
    }
}

} // namespace latch
