#pragma once

#include <QGraphicsView>

namespace latch {

// The canvas widget: wheel zoom around the cursor, middle-button or space-drag panning,
// rubber-band selection, fit to diagram.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(QWidget* parent = nullptr);

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    qreal zoom() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;

private:
    void zoomBy(qreal factor);

    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace latch
