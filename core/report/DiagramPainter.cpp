#include "DiagramPainter.h"

#include "model/Diagram.h"
#include "model/FlowPath.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QPainter>

#include <cmath>

namespace latch {

namespace {

QRectF toRectF(const Rect& r)
{
    return QRectF(r.x, r.y, r.width, r.height);
}

constexpr qreal arrowSize = 9.0;

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
                               bool selected) const
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
    arrowHead(path.last(), path.at(path.size() - 2));
    if (flow.bidirectional)
        arrowHead(path.first(), path.at(1));

    if (!flow.name.isEmpty() && legible(painter)) {
        const QRectF box = flowLabelBox(path, flow);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 225));
        painter.drawRoundedRect(box, 3, 3);
        paintLabel(painter, box, flow.name, Qt::AlignCenter);
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

QRectF DiagramPainter::flowLabelBox(const QPolygonF& path, const Element& flow) const
{
    if (path.size() < 2)
        return {};
    // The label sits at the middle of the longest segment, on a light background.
    qsizetype longest = 0;
    for (qsizetype i = 1; i + 1 < path.size(); ++i) {
        if (QLineF(path.at(i), path.at(i + 1)).length() >
            QLineF(path.at(longest), path.at(longest + 1)).length())
            longest = i;
    }
    const QPointF middle = (path.at(longest) + path.at(longest + 1)) / 2;
    if (flow.name.isEmpty())
        return QRectF(middle, QSizeF(0, 0));
    const QFontMetricsF metrics(m_style.font);
    const QRectF text =
        metrics.boundingRect(QRectF(0, 0, 180, 200), Qt::AlignCenter | Qt::TextWordWrap, flow.name);
    QRectF box(QPointF(), text.size() + QSizeF(8, 4));
    box.moveCenter(middle);
    return box;
}

QPointF DiagramPainter::badgeAnchor(const QPolygonF& flowPath, const Element& flow) const
{
    // Beside the label's corner, where it hides neither the label nor the line's ends.
    return flowLabelBox(flowPath, flow).topRight();
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
    QHash<QString, QPolygonF> paths; // each worked out once, for the line and its number
    for (const Element& e : diagram.elements) {
        if (e.kind != ElementKind::Flow)
            continue;
        const QPolygonF path = flowPolyline(e, byId.value(e.source), byId.value(e.target));
        paintFlow(painter, path, e, false);
        if (numbers)
            paths.insert(e.id, path);
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
            const QPolygonF path = paths.value(e.id);
            if (path.size() >= 2)
                paintNumber(painter, flowLabelBox(path, e).topLeft(), number);
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
                                       const Element* target)
{
    const QVector<Point> line = FlowPath::centreline(flow, source, target);
    if (line.isEmpty())
        return {};
    QPolygonF path;
    path.reserve(line.size());
    for (const Point& p : line)
        path << QPointF(p.x, p.y);
    // The centreline with its ends on the outlines, each aimed at its neighbour on the line.
    const QPointF first = anchor(*source, path.at(1));
    const QPointF last = anchor(*target, path.at(path.size() - 2));
    path.first() = first;
    path.last() = last;
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
