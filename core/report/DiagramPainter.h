#pragma once

#include "DiagramStyle.h"

#include <QHash>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>
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
    // `path` runs from the source's edge to the target's edge (see flowPolyline()); `label` is
    // where its name goes (flowLabelBox()).
    void paintFlow(QPainter& painter, const QPolygonF& path, const Element& flow, bool selected,
                   const QRectF& label) const;

    // Whether text drawn with this painter is large enough to read; below that, labels and
    // badges are left out (a large diagram seen whole).
    bool legible(const QPainter& painter) const;

    // A round badge with a threat count, filled with the colour of a risk band.
    void paintBadge(QPainter& painter, QPointF centre, int count, RiskBand band) const;
    // Where a box's badge sits: its top-right corner (a flow's sits at its label's corner).
    static QPointF badgeAnchor(const Element& box);
    // What a flow's label keeps clear of: the box and its badge.
    static QVector<QRectF> labelObstacles(const Element& box);
    // The point on a flow's line that its label belongs to: the middle of its longest segment,
    // or of a curve's length. A dragged label is its labelOffset away from here.
    static QPointF flowLabelAnchor(const QPolygonF& path, const Element& flow);
    // The box of a flow's label: beside the line at its anchor, on the first side (then a
    // third of the way along either way) that is clear of `obstacles`, else the first; where
    // the user dragged it when it has a labelOffset. Empty, at the anchor, with no name.
    QRectF flowLabelBox(const QPolygonF& path, const Element& flow,
                        const QVector<QRectF>& obstacles = {}) const;
    static constexpr qreal badgeRadius = 9.0;

    // An element's number (as the report's register refers to it) in a dark tag.
    void paintNumber(QPainter& painter, QPointF centre, int number) const;

    // A whole diagram, back to front: regions, lines, flows, shapes, notes; with each
    // element's number when `numbers` (element id -> number) is given.
    void paintDiagram(QPainter& painter, const Diagram& diagram,
                      const QHash<QString, int>* numbers = nullptr) const;
    // The area a diagram covers, labels included, with a margin.
    static QRectF diagramBounds(const Diagram& diagram);

    // The flow's FlowPath as drawn: from the source's outline through the bend points (along
    // the curve, for a curved flow) to the target's outline, `lane` units to the left of the
    // centres' line for a straight flow beside others (FlowPath::laneOffset). Empty when an
    // end is missing.
    static QPolygonF flowPolyline(const Element& flow, const Element* source, const Element* target,
                                  double lane = 0);
    // Where the line from the shape's centre towards `toward` leaves the shape's outline.
    static QPointF anchor(const Element& shape, QPointF toward);
    // The outline used for hit testing and selection: a shape's box or ellipse, a region
    // boundary's rectangle, a boundary line's open polyline; empty for a flow.
    static QPainterPath shapeOutline(const Element& element);

private:
    void paintLabel(QPainter& painter, const QRectF& box, const QString& text, int flags) const;

    DiagramStyle m_style;
    mutable QHash<QString, QSizeF> m_labelSizes; // a label's box size by its text
};

} // namespace latch
