#include "DiagramPainter.h"

#include "LabelObstacles.h"

#include "model/Diagram.h"
#include "model/FlowPath.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace latch {

namespace {

QRectF toRectF(const Rect& r)
{
    return QRectF(r.x, r.y, r.width, r.height);
}

constexpr qreal arrowSize = 9.0;

bool insideOutline(const Element& shape, QPointF p)
{
    const QRectF r = toRectF(shape.bounds);
    if (shape.kind != ElementKind::Process)
        return r.contains(p);
    const QPointF d = p - r.center();
    const double a = r.width() / 2;
    const double b = r.height() / 2;
    return (d.x() * d.x()) / (a * a) + (d.y() * d.y()) / (b * b) <= 1;
}

// The path from where it leaves the shape: its points inside the outline are dropped and the
// segment that crosses it is cut there. Unchanged when it does not start inside.
QPolygonF leaving(const Element& shape, const QPolygonF& path)
{
    qsizetype out = 0;
    while (out < path.size() && insideOutline(shape, path.at(out)))
        ++out;
    if (out == 0 || out == path.size())
        return path;
    QPointF inside = path.at(out - 1);
    QPointF outside = path.at(out);
    for (int i = 0; i < 24; ++i) { // halving to well under a hundredth of a unit
        const QPointF middle = (inside + outside) / 2;
        (insideOutline(shape, middle) ? inside : outside) = middle;
    }
    QPolygonF cut;
    cut.reserve(path.size() - out + 1);
    cut << outside;
    for (qsizetype i = out; i < path.size(); ++i)
        cut << path.at(i);
    return cut;
}

QPolygonF reversed(const QPolygonF& path)
{
    return QPolygonF(QList<QPointF>(path.crbegin(), path.crend()));
}

// The path between where it leaves the source and where it enters the target.
QPolygonF betweenOutlines(const Element& source, const Element& target, const QPolygonF& path)
{
    return reversed(leaving(target, reversed(leaving(source, path))));
}

// The point `distance` along the path, measured from its start (`fromStart`) or its end.
QPointF pointAlong(const QPolygonF& path, qreal distance, bool fromStart)
{
    const qsizetype n = path.size();
    QPointF at = fromStart ? path.first() : path.last();
    for (qsizetype k = 1; k < n; ++k) {
        const QPointF next = fromStart ? path.at(k) : path.at(n - 1 - k);
        const qreal step = QLineF(at, next).length();
        if (step >= distance)
            return at + (next - at) * (distance / step);
        distance -= step;
        at = next;
    }
    return at;
}

qreal lengthOf(const QPolygonF& path)
{
    qreal length = 0;
    for (qsizetype i = 1; i < path.size(); ++i)
        length += QLineF(path.at(i - 1), path.at(i)).length();
    return length;
}

// The unit direction of the path `distance` along it.
QPointF tangentAt(const QPolygonF& path, qreal distance)
{
    const QPointF d = pointAlong(path, distance + 1, true) - pointAlong(path, distance - 1, true);
    const qreal length = QLineF(QPointF(), d).length();
    return length > 0 ? d / length : QPointF(1, 0);
}

// How far along the path a flow's label belongs: half of a curve's length, else the middle
// of the longest segment.
qreal labelDistance(const QPolygonF& path, const Element& flow)
{
    if (flow.curved && !flow.points.isEmpty())
        return lengthOf(path) / 2;
    qsizetype longest = 0;
    qreal before = 0;
    qreal at = 0;
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        if (QLineF(path.at(i), path.at(i + 1)).length() >
            QLineF(path.at(longest), path.at(longest + 1)).length()) {
            longest = i;
            at = before;
        }
        before += QLineF(path.at(i), path.at(i + 1)).length();
    }
    return at + QLineF(path.at(longest), path.at(longest + 1)).length() / 2;
}

} // namespace

DiagramPainter::DiagramPainter(DiagramStyle style)
    : m_style(std::move(style))
{
}

bool DiagramPainter::legible(const QPainter& painter) const
{
    // Text a few pixels high cannot be read; a large diagram seen whole skips laying it out.
    const QTransform& t = painter.worldTransform();
    const qreal scale = std::sqrt(std::abs(t.determinant()));
    return m_style.font.pointSizeF() * scale >= 2.5;
}

void DiagramPainter::paintLabel(QPainter& painter, const QRectF& box, const QString& text,
                                int flags) const
{
    if (!legible(painter))
        return;
    painter.setPen(m_style.text);
    painter.setFont(m_style.font);
    painter.drawText(box, flags | Qt::TextWordWrap, text);
}

void DiagramPainter::paintBox(QPainter& painter, const Element& element, bool selected) const
{
    const QRectF r = toRectF(element.bounds);
    QPen pen(selected ? m_style.selection : m_style.outline,
             selected ? m_style.outlineWidth + 1 : m_style.outlineWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    switch (element.kind) {
    case ElementKind::Entity:
        painter.setPen(pen);
        painter.setBrush(m_style.entityFill);
        painter.drawRect(r);
        paintLabel(painter, r.adjusted(6, 4, -6, -4), element.name, Qt::AlignCenter);
        break;
    case ElementKind::Process:
        painter.setPen(pen);
        painter.setBrush(m_style.processFill);
        painter.drawEllipse(r);
        // The text box inside a circle: the inscribed square leaves room for two or three lines.
        paintLabel(
            painter,
            r.adjusted(r.width() * 0.12, r.height() * 0.15, -r.width() * 0.12, -r.height() * 0.15),
            element.name, Qt::AlignCenter);
        break;
    case ElementKind::Store:
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_style.storeFill);
        painter.drawRect(r);
        painter.setPen(pen);
        painter.drawLine(r.topLeft(), r.topRight());
        painter.drawLine(r.bottomLeft(), r.bottomRight());
        paintLabel(painter, r.adjusted(6, 4, -6, -4), element.name, Qt::AlignCenter);
        break;
    case ElementKind::Note: {
        constexpr qreal fold = 12;
        QPolygonF sheet;
        sheet << r.topLeft() << QPointF(r.right() - fold, r.top())
              << QPointF(r.right(), r.top() + fold) << r.bottomRight() << r.bottomLeft();
        QPen thin = pen;
        thin.setWidthF(selected ? 2 : 1);
        painter.setPen(thin);
        painter.setBrush(m_style.noteFill);
        painter.drawPolygon(sheet);
        paintLabel(painter, r.adjusted(8, 6, -fold, -6), element.name,
                   Qt::AlignLeft | Qt::AlignTop);
        break;
    }
    default:
        break;
    }
    painter.restore();
}

void DiagramPainter::paintBoundary(QPainter& painter, const Element& boundary, bool selected) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(selected ? m_style.selection : m_style.boundary, selected ? 2.5 : 1.8, Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.setFont(m_style.font);
    if (boundary.isRegionBoundary()) {
        const QRectF r = toRectF(boundary.bounds);
        painter.drawRoundedRect(r, 6, 6);
        painter.setPen(selected ? m_style.selection : m_style.boundary);
        if (legible(painter))
            painter.drawText(r.adjusted(8, 4, -8, -4), Qt::AlignLeft | Qt::AlignTop, boundary.name);
    } else if (boundary.points.size() >= 2) {
        QPolygonF line;
        for (const Point& p : boundary.points)
            line << QPointF(p.x, p.y);
        painter.drawPolyline(line);
        painter.setPen(selected ? m_style.selection : m_style.boundary);
        if (legible(painter))
            painter.drawText(line.first() + QPointF(6, -6), boundary.name);
    }
    painter.restore();
}

void DiagramPainter::paintFlow(QPainter& painter, const QPolygonF& path, const Element& flow,
                               bool selected, const QRectF& label) const
{
    if (path.size() < 2)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = selected ? m_style.selection : m_style.flow;
    painter.setPen(QPen(colour, selected ? 2.5 : 1.4));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(path);

    auto arrowHead = [&](QPointF tip, QPointF from) {
        const QLineF back(tip, from);
        if (back.length() < 1)
            return;
        const double angle = std::atan2(-back.dy(), back.dx());
        const QPointF left = tip + QPointF(std::cos(angle + M_PI / 7) * arrowSize,
                                           -std::sin(angle + M_PI / 7) * arrowSize);
        const QPointF right = tip + QPointF(std::cos(angle - M_PI / 7) * arrowSize,
                                            -std::sin(angle - M_PI / 7) * arrowSize);
        painter.setBrush(colour);
        painter.drawPolygon(QPolygonF() << tip << left << right);
    };
    // Aimed along the last stretch of the line (a curve's last sample may be a sliver).
    arrowHead(path.last(), pointAlong(path, arrowSize, false));
    if (flow.bidirectional)
        arrowHead(path.first(), pointAlong(path, arrowSize, true));

    if (!flow.name.isEmpty() && legible(painter)) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 225));
        painter.drawRoundedRect(label, 3, 3);
        paintLabel(painter, label, flow.name, Qt::AlignCenter);
    }
    painter.restore();
}

void DiagramPainter::paintBadge(QPainter& painter, QPointF centre, int count, RiskBand band) const
{
    if (!legible(painter))
        return; // a dot too small to see or to read
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1.5));
    painter.setBrush(m_style.bandColor(band));
    const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
    // Wider than round for three digits, so the text never spills out.
    const qreal width = text.size() > 2 ? badgeRadius * 3.2 : badgeRadius * 2;
    const QRectF pill(centre.x() - width / 2, centre.y() - badgeRadius, width, badgeRadius * 2);
    painter.drawRoundedRect(pill, badgeRadius, badgeRadius);
    QFont font = m_style.font;
    font.setBold(true);
    font.setPointSizeF(m_style.font.pointSizeF() * 0.85);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(pill, Qt::AlignCenter, text);
    painter.restore();
}

QPointF DiagramPainter::badgeAnchor(const Element& box)
{
    return QPointF(box.bounds.x + box.bounds.width, box.bounds.y);
}

QVector<QRectF> DiagramPainter::labelObstacles(const Element& box)
{
    const QPointF badge = badgeAnchor(box);
    return {toRectF(box.bounds), QRectF(badge.x() - 2 * badgeRadius, badge.y() - badgeRadius,
                                        4 * badgeRadius, 2 * badgeRadius)};
}

QPointF DiagramPainter::flowLabelAnchor(const QPolygonF& path, const Element& flow)
{
    if (path.size() < 2)
        return path.isEmpty() ? QPointF() : path.first();
    return pointAlong(path, labelDistance(path, flow), true);
}

QRectF DiagramPainter::flowLabelBox(const QPolygonF& path, const Element& flow,
                                    const QVector<QRectF>& obstacles) const
{
    if (path.size() < 2)
        return {};
    const QPointF anchor = flowLabelAnchor(path, flow);
    if (flow.name.isEmpty())
        return QRectF(anchor, QSizeF(0, 0));
    // Laying out text is the dear part of placing a label: each name is measured once.
    auto size = m_labelSizes.constFind(flow.name);
    if (size == m_labelSizes.cend()) {
        const QRectF text = QFontMetricsF(m_style.font)
                                .boundingRect(QRectF(0, 0, 180, 200),
                                              Qt::AlignCenter | Qt::TextWordWrap, flow.name);
        size = m_labelSizes.insert(flow.name, text.size() + QSizeF(8, 4));
    }
    QRectF box(QPointF(), *size);
    if (flow.labelOffset != Point{}) {
        box.moveCenter(anchor + QPointF(flow.labelOffset.x, flow.labelOffset.y));
        return box;
    }
    // Beside the line: across it from a point on it, just far enough that the box clears it.
    const qreal middle = labelDistance(path, flow);
    const qreal length = lengthOf(path);
    QVector<QPointF> centres;
    for (const qreal along :
         {middle, std::max(middle - length / 6, 0.0), std::min(middle + length / 6, length)}) {
        const QPointF unit = tangentAt(path, along);
        const QPointF normal(unit.y(), -unit.x());
        const qreal clearance =
            (std::abs(normal.x()) * box.width() + std::abs(normal.y()) * box.height()) / 2 + 3;
        const QPointF on = pointAlong(path, along, true);
        centres << on + normal * clearance << on - normal * clearance;
    }
    for (const QPointF& centre : std::as_const(centres)) {
        box.moveCenter(centre);
        const bool clear = std::none_of(obstacles.cbegin(), obstacles.cend(),
                                        [&](const QRectF& o) { return o.intersects(box); });
        if (clear)
            return box;
    }
    box.moveCenter(centres.first());
    return box;
}

void DiagramPainter::paintNumber(QPainter& painter, QPointF centre, int number) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QString text = QString::number(number);
    QFont font = m_style.font;
    font.setBold(true);
    font.setPointSizeF(m_style.font.pointSizeF() * 0.8);
    const qreal height = badgeRadius * 1.8;
    const qreal width = std::max(height, QFontMetricsF(font).horizontalAdvance(text) + 6);
    const QRectF tag(centre.x() - width / 2, centre.y() - height / 2, width, height);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.outline);
    painter.drawRoundedRect(tag, height / 2, height / 2);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(tag, Qt::AlignCenter, text);
    painter.restore();
}

void DiagramPainter::paintDiagram(QPainter& painter, const Diagram& diagram,
                                  const QHash<QString, int>* numbers) const
{
    QHash<QString, const Element*> byId;
    for (const Element& e : diagram.elements)
        byId.insert(e.id, &e);
    for (const Element& e : diagram.elements) {
        if (e.kind == ElementKind::Boundary)
            paintBoundary(painter, e, false);
    }
    // Flows between the same two shapes, for their lanes; each path and label worked out
    // once, for the line and its number.
    QHash<QString, QVector<const Element*>> between;
    auto pairOf = [](const Element& flow) -> QString {
        return std::min(flow.source, flow.target) + QLatin1Char('\n') +
               std::max(flow.source, flow.target);
    };
    for (const Element& e : diagram.elements) {
        if (e.kind == ElementKind::Flow && e.points.isEmpty())
            between[pairOf(e)].append(&e);
    }
    const LabelObstacles obstacles(diagram);
    QHash<QString, QRectF> labels;
    for (const Element& e : diagram.elements) {
        if (e.kind != ElementKind::Flow)
            continue;
        const double lane =
            e.points.isEmpty() ? FlowPath::laneOffset(e, between.value(pairOf(e))) : 0;
        const QPolygonF path = flowPolyline(e, byId.value(e.source), byId.value(e.target), lane);
        if (path.size() < 2)
            continue;
        const QRectF label =
            flowLabelBox(path, e, obstacles.near(path.boundingRect().adjusted(-120, -60, 120, 60)));
        paintFlow(painter, path, e, false, label);
        if (numbers)
            labels.insert(e.id, label);
    }
    for (const Element& e : diagram.elements) {
        if (isBoxShaped(e.kind))
            paintBox(painter, e, false);
    }
    if (!numbers)
        return;
    // Numbers last, on top: a box's at its top-left corner, a flow's at its label's.
    for (const Element& e : diagram.elements) {
        const int number = numbers->value(e.id);
        if (number <= 0)
            continue;
        if (e.kind == ElementKind::Flow) {
            if (labels.contains(e.id))
                paintNumber(painter, labels.value(e.id).topLeft(), number);
        } else if (isBoxShaped(e.kind)) {
            paintNumber(painter, QPointF(e.bounds.x, e.bounds.y), number);
        }
    }
}

QRectF DiagramPainter::diagramBounds(const Diagram& diagram)
{
    QRectF bounds;
    for (const Element& e : diagram.elements) {
        if (isBoxShaped(e.kind) || e.isRegionBoundary())
            bounds |= toRectF(e.bounds);
        for (const Point& p : e.points)
            bounds |= QRectF(p.x - 1, p.y - 1, 2, 2);
    }
    return bounds.adjusted(-40, -40, 40, 40);
}

QPointF DiagramPainter::anchor(const Element& shape, QPointF toward)
{
    const QRectF r = toRectF(shape.bounds);
    const QPointF c = r.center();
    const QPointF d = toward - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    if (shape.kind == ElementKind::Process) {
        // Point on the ellipse in the direction of d.
        const double a = r.width() / 2;
        const double b = r.height() / 2;
        const double t = 1.0 / std::sqrt((d.x() * d.x()) / (a * a) + (d.y() * d.y()) / (b * b));
        return c + d * t;
    }
    const double sx = qFuzzyIsNull(d.x()) ? 1e9 : (r.width() / 2) / std::abs(d.x());
    const double sy = qFuzzyIsNull(d.y()) ? 1e9 : (r.height() / 2) / std::abs(d.y());
    return c + d * std::min(sx, sy);
}

QPolygonF DiagramPainter::flowPolyline(const Element& flow, const Element* source,
                                       const Element* target, double lane)
{
    const QVector<Point> control = FlowPath::controlPoints(flow, source, target);
    if (control.isEmpty())
        return {};
    QPolygonF through;
    through.reserve(control.size());
    for (const Point& p : control)
        through << QPointF(p.x, p.y);
    if (flow.curved && control.size() > 2) {
        // Along the curve (unrounded, the engine's centreline is this rounded), cut where it
        // leaves each shape.
        const QPolygonF curve(FlowPath::smoothCurve(through));
        return betweenOutlines(*source, *target, curve);
    }
    if (lane != 0 && control.size() == 2) {
        const QLineF centres(through.first(), through.last());
        if (centres.length() > 0) {
            const QPointF across = QPointF(centres.dy(), -centres.dx()) * (lane / centres.length());
            const QPolygonF shifted{through.first() + across, through.last() + across};
            if (insideOutline(*source, shifted.first()) && insideOutline(*target, shifted.last()))
                return betweenOutlines(*source, *target, shifted);
        }
    }
    // The centreline with its ends on the outlines, each aimed at its neighbour on the line.
    QPolygonF path = through;
    path.first() = anchor(*source, through.at(1));
    path.last() = anchor(*target, through.at(through.size() - 2));
    return path;
}

QPainterPath DiagramPainter::shapeOutline(const Element& element)
{
    QPainterPath outline;
    const QRectF r = toRectF(element.bounds);
    if (element.kind == ElementKind::Process) {
        outline.addEllipse(r);
    } else if (isBoxShaped(element.kind) || element.isRegionBoundary()) {
        outline.addRect(r);
    } else if (element.kind == ElementKind::Boundary) {
        QPolygonF line;
        for (const Point& p : element.points)
            line << QPointF(p.x, p.y);
        outline.addPolygon(line); // open: a boundary line is not a region
    }
    return outline;
}

} // namespace latch
