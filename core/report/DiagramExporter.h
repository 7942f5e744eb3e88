#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QString>

namespace latch {

struct Diagram;

// A diagram as a picture, drawn by the same DiagramPainter as the canvas: SVG (vector, text
// kept as text) or a PNG-ready image at a chosen scale. Element numbers are drawn when given.
class DiagramExporter
{
public:
    static QByteArray svg(const Diagram& diagram, const QHash<QString, int>* numbers = nullptr);
    // scale 1 = one pixel per diagram unit; white background.
    static QImage image(const Diagram& diagram, qreal scale,
                        const QHash<QString, int>* numbers = nullptr);
    // The largest scale that keeps an image within this many pixels (memory guard).
    static constexpr qint64 maximumPixels = 400'000'000 / 4;
};

} // namespace latch
