#include "DiagramStyle.h"

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

} // namespace latch
