#pragma once

#include <QDockWidget>
#include <QGraphicsView>
#include <QPointer>

namespace latch {

class DiagramView;

// The whole diagram in miniature with the canvas's visible area marked; click or drag in it
// to move the canvas there. For finding one's way in large diagrams.
class OverviewView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit OverviewView(DiagramView* canvas, QWidget* parent = nullptr);
    void refit();

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QPointer<DiagramView> m_canvas;
};

class OverviewDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit OverviewDock(DiagramView* canvas, QWidget* parent = nullptr);
    OverviewView* overview() const { return m_overview; }
    // Follows the canvas to another diagram.
    void setScene(QGraphicsScene* scene);

private:
    OverviewView* m_overview;
};

} // namespace latch
