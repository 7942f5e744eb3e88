#pragma once

#include <QGraphicsView>
#include <QHash>

namespace latch {

class DiagramScene;

// The canvas widget: wheel zoom about the cursor, middle-button or space-drag panning,
// rubber-band selection, fit to diagram. It keeps the scene's working area at least as large
// as what it shows, so the view never re-centres under the user's hand, and it remembers each
// diagram's zoom and position while the window is open.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(QWidget* parent = nullptr);

    // Shows a diagram where the user left it, or fitted to the window the first time.
    void showScene(DiagramScene* scene);
    DiagramScene* diagramScene() const;

    void zoomIn();
    void zoomOut();
    // Scales by `factor` keeping the scene point under `viewPos` where it is.
    void zoomAt(qreal factor, QPoint viewPos);
    void zoomToFit();
    qreal zoom() const { return transform().m11(); }
    // True while the view shows the diagram as fitted: resizing the window fits it again.
    bool isFitted() const { return m_fitted; }

    static constexpr qreal minimumZoom = 0.05;
    static constexpr qreal maximumZoom = 8.0;

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct ViewState
    {
        qreal zoom = 1;
        QPointF centre;
        bool fitted = true;
    };
    // Grows the scene's working area to what the viewport shows (or will show).
    void coverVisible(const QRectF& visible);
    QRectF visibleRect() const;
    // The user took over: no more automatic fitting for this diagram.
    void userMoved() { m_fitted = false; }
    void saveState();
    QPoint zoomAnchor() const;

    bool m_spaceHeld = false;
    bool m_panning = false;
    bool m_fitted = true;
    QPoint m_panFrom;
    QHash<const QGraphicsScene*, ViewState> m_states;
};

} // namespace latch
