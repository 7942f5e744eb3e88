#include "ElementItem.h"

#include "Document.h"

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

} // namespace latch
