#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

#include <memory>

namespace latch {

class DiagramPainter;
struct Model;

// What the compared version has on this diagram and the model no longer has: its outline,
// dashed and grey, with its name, where it was. It mirrors that version's element by id, as
// an ElementItem mirrors the model's; it cannot be selected or edited.
class GhostItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };

    GhostItem(const DiagramPainter* painter, std::shared_ptr<const Model> compared,
              QString elementId);

    int type() const override { return Type; }
    const QString& elementId() const { return m_elementId; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const DiagramPainter* m_painter;
    std::shared_ptr<const Model> m_compared;
    QString m_elementId;
    QPainterPath m_outline;
    QString m_name;
    bool m_isLine = false;
    QRectF m_bounds;
};

} // namespace latch
