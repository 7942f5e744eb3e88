#pragma once

#include <QColor>
#include <QFont>

namespace latch {

enum class RiskBand;

// Colours, pens and fonts of a drawn diagram, shared by the canvas and every exporter so that
// a PDF looks like the screen.
struct DiagramStyle
{
    QColor entityFill;
    QColor processFill;
    QColor storeFill;
    QColor noteFill;
    QColor outline;
    QColor text;
    QColor boundary;
    QColor flow;
    QColor selection;
    QFont font;
    qreal outlineWidth = 1.5;

    // Risk bands, from the canvas badges to the report's charts: one palette everywhere.
    QColor bandColor(RiskBand band) const;

    static DiagramStyle standard();
};

} // namespace latch
