#include "DiagramStyle.h"

#include "engine/RiskScoring.h"

namespace latch {

DiagramStyle DiagramStyle::standard()
{
    DiagramStyle style;
    style.entityFill = QColor(0xE8, 0xF0, 0xFB);
    style.processFill = QColor(0xFD, 0xF3, 0xE1);
    style.storeFill = QColor(0xEA, 0xF6, 0xEC);
    style.noteFill = QColor(0xFF, 0xFB, 0xD6);
    style.outline = QColor(0x33, 0x3A, 0x45);
    style.text = QColor(0x1D, 0x22, 0x2B);
    style.boundary = QColor(0xC6, 0x28, 0x28);
    style.flow = QColor(0x33, 0x3A, 0x45);
    style.selection = QColor(0x1E, 0x6F, 0xD9);
    style.font = QFont(QStringLiteral("Sans Serif"), 9);
    return style;
}

QColor DiagramStyle::bandColor(RiskBand band) const
{
    switch (band) {
    case RiskBand::Critical:
        return QColor(0xB7, 0x1C, 0x1C);
    case RiskBand::High:
        return QColor(0xE6, 0x51, 0x00);
    case RiskBand::Medium:
        return QColor(0xC7, 0x9A, 0x00);
    case RiskBand::Low:
        return QColor(0x2E, 0x7D, 0x32);
    case RiskBand::Unscored:
        break;
    }
    return QColor(0x75, 0x7C, 0x88);
}

} // namespace latch
