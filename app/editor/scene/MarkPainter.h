#pragma once

#include "CanvasMarks.h"

#include <QColor>
#include <QPointF>

class QPainter;
class QPainterPath;

namespace latch {

// How a mark looks on the canvas: a halo in its colour around the element's outline, under
// the element, and a tag at the outline's top-left corner whose sign says the same for
// readers who do not tell the colours apart (+ added, ~ changed, ! conflict, − removed).
class MarkPainter
{
public:
    static QColor color(CanvasMarks::Mark mark);
    static QChar sign(CanvasMarks::Mark mark);
    // The tag is centred on `tagAt`, and drawn only when `withTag` (the zoom leaves text
    // legible).
    static void paint(QPainter& painter, const QPainterPath& outline, CanvasMarks::Mark mark,
                      QPointF tagAt, bool withTag);
    // How far a mark reaches beyond the outline, for items' bounding rectangles.
    static constexpr qreal reach = 12;
};

} // namespace latch
