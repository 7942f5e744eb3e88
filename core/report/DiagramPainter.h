#pragma once

#include "DiagramStyle.h"

#include <QHash>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

class QPainter;

namespace latch {

struct Diagram;
struct Element;
enum class RiskBand;

// Draws data-flow diagram shapes the way architects know them: external entity as a
// rectangle, process as a circle, data store as two parallel lines, flow as an arrow with its
// label, trust boundary as a dashed red box or line, note as a folded sheet. Used by the
// editor's scene items and by the exporters alike.
class DiagramPainter
{
public:
    explicit DiagramPainter(DiagramStyle style = DiagramStyle::standard());

    const DiagramStyle& style() const { return m_style; }

    // Entities, processes, stores and notes, in scene coordinates (their bounds).
    void paintBox(QPainter& painter, const Element& element, bool selected) const;
    void paintBoundary(QPainter& painter, const Element& boundary, bool selected) const;
    // `path` runs from the source's edge to the target's edge (see flowPolyline()).
    void paintFlow(QPainter& painter, const QPolygonF& path, const Element& flow,
                   bool selected) const;

    // Whether text drawn with this painter is large enough to read; below that, labels and
    // badges are left out (a large diagram seen whole).
    bool legible(const QPainter& painter) const;

    // A round badge with a threat count, filled with the colour of a risk band.
    void paintBadge(QPainter& painter, QPointF centre, int count, RiskBand band) const;
    // Where an element's badge sits: a box's top-right corner, a flow's middle.
    static QPointF badgeAnchor(const Element& box);
    QPointF badgeAnchor(const QPolygonF& flowPath, const Element& flow) const;
    // The box of a flow's label (empty, at the middle of the line, when it has no name).
    QRectF flowLabelBox(const QPolygonF& path, const Element& flow) const;
    static constexpr qreal badgeRadius = 9.0;

    // An element's number (as the report's register refers to it) in a dark tag.
    void paintNumber(QPainter& painter, QPointF centre, int number) const;

    // A whole diagram, back to front: regions, lines, flows, shapes, notes; with each
    // element's number when `numbers` (element id -> number) is given.
    void paintDiagram(QPainter& painter, const Diagram& diagram,
                      const QHash<QString, int>* numbers = nullptr) const;
    // The area a diagram covers, labels included, with a margin.
    static QRectF diagramBounds(const Diagram& diagram);

    // The flow's polyline: from the source's outline through the bend points to the target's
    // outline. Empty when an end is missing.
    static QPolygonF flowPolyline(const Element& flow, const Element* source,
                                  const Element* target);
    // Where the line from the shape's centre towards `toward` leaves the shape's outline.
    static QPointF anchor(const Element& shape, QPointF toward);
    // The outline used for hit testing and selection: a shape's box or ellipse, a region
    // boundary's rectangle, a boundary line's open polyline; empty for a flow.
    static QPainterPath shapeOutline(const Element& element);

private:
    void paintLabel(QPainter& painter, const QRectF& box, const QString& text, int flags) const;

    DiagramStyle m_style;
};

} // namespace latch
