#include "DiagramExporter.h"

#include "DiagramPainter.h"
#include "model/Diagram.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace latch {

QByteArray DiagramExporter::svg(const Diagram& diagram, const QHash<QString, int>* numbers)
{
    const QRectF bounds = DiagramPainter::diagramBounds(diagram);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setTitle(diagram.name);
    generator.setDescription(QStringLiteral("Data-flow diagram drawn by Latch"));
    generator.setSize(bounds.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), bounds.size()));
    generator.setResolution(96);
    {
        QPainter painter(&generator);
        painter.translate(-bounds.topLeft());
        DiagramPainter().paintDiagram(painter, diagram, numbers);
    }
    return bytes;
}

QImage DiagramExporter::image(const Diagram& diagram, qreal scale,
                              const QHash<QString, int>* numbers)
{
    const QRectF bounds = DiagramPainter::diagramBounds(diagram);
    const QSize size = (bounds.size() * scale).toSize().expandedTo(QSize(1, 1));
    if (qint64(size.width()) * size.height() > maximumPixels)
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    // Fonts are sized for 96 dots per inch, as on the canvas (a QImage assumes 72).
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    painter.translate(-bounds.topLeft());
    DiagramPainter().paintDiagram(painter, diagram, numbers);
    return image;
}

} // namespace latch
