#include "GhostItem.h"

#include "MarkPainter.h"
#include "model/Model.h"
#include "report/DiagramPainter.h"

#include <QPainter>

namespace latch {

GhostItem::GhostItem(const DiagramPainter* painter, std::shared_ptr<const Model> compared,
                     QString elementId)
    : m_painter(painter)
    , m_compared(std::move(compared))
    , m_elementId(std::move(elementId))
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0.5); // over boundaries, under what is drawn now
    const Element* e = m_compared->findElement(m_elementId);
    if (!e)
        return;
    m_name = e->name;
    m_isLine = e->kind == ElementKind::Flow ||
               (e->kind == ElementKind::Boundary && !e->isRegionBoundary());
    if (e->kind == ElementKind::Flow) {
        m_outline.addPolygon(DiagramPainter::flowPolyline(*e, m_compared->findElement(e->source),
                                                          m_compared->findElement(e->target)));
    } else {
        m_outline = DiagramPainter::shapeOutline(*e);
    }
    const qreal reach = MarkPainter::reach;
    m_bounds = m_outline.boundingRect().adjusted(-reach, -reach - 20, reach, reach + 20);
    setToolTip(QObject::tr("Removed since the compared version: %1").arg(m_name));
}

QRectF GhostItem::boundingRect() const
{
    return m_bounds;
}

void GhostItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (m_outline.isEmpty())
        return;
    const QColor grey = MarkPainter::color(CanvasMarks::Mark::Removed);
    const bool legible = m_painter->legible(*painter);
    // The tag where the canvas puts an element's: a box's top-left corner, a quarter along a
    // line.
    const QPointF tagAt =
        m_isLine ? m_outline.pointAtPercent(0.25) : m_outline.boundingRect().topLeft();
    MarkPainter::paint(*painter, m_outline, CanvasMarks::Mark::Removed, tagAt, legible);
    painter->save();
    painter->setPen(QPen(grey, 1.5, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_outline);
    if (legible && !m_name.isEmpty()) {
        painter->setPen(grey);
        painter->setFont(m_painter->style().font);
        const QRectF box = m_outline.boundingRect();
        painter->drawText(box.adjusted(-60, 0, 60, 0), Qt::AlignCenter | Qt::TextWordWrap, m_name);
    }
    painter->restore();
}

} // namespace latch
