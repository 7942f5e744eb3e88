#pragma once

#include <QGraphicsItem>

#include <QString>
#include <functional>
#include <optional>

namespace latch {

class DiagramPainter;
class Document;
struct Element;

// A scene item mirroring one model element by id. It holds no domain data: it reads the
// element from the document when it paints, and keeps only derived geometry for Qt.
class ElementItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };

    ElementItem(const Document* document, const DiagramPainter* painter, QString elementId);

    int type() const override { return Type; }
    const QString& elementId() const { return m_elementId; }
    const Element* element() const;

    // Re-reads the geometry after the element (or, for a flow, one of its ends) changed.
    virtual void syncFromModel() = 0;
    // Where its risk badge is drawn (when it has one): the scene's tooltips find it there.
    virtual std::optional<QPointF> badgeCentre() const { return std::nullopt; }

protected:
    // Draws the element's risk badge at `anchor` when the scene shows badges and the element
    // has unresolved threats.
    void paintBadge(QPainter* painter, QPointF anchor) const;
    // The same, with the anchor worked out only when a badge is drawn (a flow's costs text
    // metrics).
    void paintBadge(QPainter* painter, const std::function<QPointF()>& anchor) const;
    // The element's mark on the canvas (CanvasMarks: a conflict, a change since the compared
    // version), a halo around `outline` painted before the element, its tag at `tagAt`.
    void paintMark(QPainter* painter, const QPainterPath& outline, QPointF tagAt) const;
    // The eight resize handles of a selected box or region (ResizeHandles).
    void paintResizeHandles(QPainter* painter, const QRectF& bounds) const;

    const Document* m_document;
    const DiagramPainter* m_painter;
    QString m_elementId;
};

} // namespace latch
