#include "ElementItem.h"

#include "DiagramScene.h"
#include "Document.h"
#include "MarkPainter.h"
#include "ResizeHandles.h"
#include "report/DiagramPainter.h"

#include <QPainter>

namespace latch {

ElementItem::ElementItem(const Document* document, const DiagramPainter* painter, QString elementId)
    : m_document(document)
    , m_painter(painter)
    , m_elementId(std::move(elementId))
{
    setFlag(ItemIsSelectable);
}

const Element* ElementItem::element() const
{
    return m_document->element(m_elementId);
}

void ElementItem::paintBadge(QPainter* painter, QPointF anchor) const
{
    paintBadge(painter, [anchor] { return anchor; });
}

void ElementItem::paintBadge(QPainter* painter, const std::function<QPointF()>& anchor) const
{
    const auto* diagramScene = static_cast<const DiagramScene*>(scene());
    if (!diagramScene || !diagramScene->badgesVisible() || !m_painter->legible(*painter))
        return;
    const ElementRisk risk = m_document->riskSummary().forElement(m_elementId);
    if (risk.unresolved > 0)
        m_painter->paintBadge(*painter, anchor(), risk.unresolved, risk.highest);
}

void ElementItem::paintMark(QPainter* painter, const QPainterPath& outline, QPointF tagAt) const
{
    const auto* diagramScene = static_cast<const DiagramScene*>(scene());
    if (!diagramScene)
        return;
    MarkPainter::paint(*painter, outline, diagramScene->markFor(m_elementId), tagAt,
                       m_painter->legible(*painter));
}

void ElementItem::paintResizeHandles(QPainter* painter, const QRectF& bounds) const
{
    painter->save();
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(m_painter->style().selection);
    const qreal half = ResizeHandles::size / 2;
    for (const ResizeHandle& handle : ResizeHandles::all())
        painter->drawRect(QRectF(ResizeHandles::position(bounds, handle) - QPointF(half, half),
                                 QSizeF(ResizeHandles::size, ResizeHandles::size)));
    painter->restore();
}

} // namespace latch
