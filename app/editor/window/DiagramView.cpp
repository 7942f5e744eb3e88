#include "DiagramView.h"

#include "scene/DiagramScene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace latch {

DiagramView::DiagramView(QWidget* parent)
    : QGraphicsView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(RubberBandDrag);
    // Zooming places the view itself (zoomAt); Qt's anchors would fight the working area.
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(NoAnchor);
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    // A diagram is a page: white under a dark desktop palette too, as in every export, so
    // that its dark outlines and labels stay readable.
    setBackgroundBrush(Qt::white);
    // Only a user's own scrolling ends the automatic fit; programmatic moves do not trigger it.
    for (QScrollBar* bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QScrollBar::actionTriggered, this, [this] { userMoved(); });
}

DiagramScene* DiagramView::diagramScene() const
{
    return qobject_cast<DiagramScene*>(scene());
}

QRectF DiagramView::visibleRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void DiagramView::coverVisible(const QRectF& visible)
{
    // With room to spare: a working area exactly as large as the viewport could round to a
    // pixel less, and Qt would then centre the scene instead of scrolling it.
    const qreal spare = 0.05 * std::max(visible.width(), visible.height());
    if (DiagramScene* s = diagramScene())
        s->includeInWorkingArea(visible.adjusted(-spare, -spare, spare, spare));
}

void DiagramView::saveState()
{
    if (const QGraphicsScene* current = scene())
        m_states.insert(current, {zoom(), visibleRect().center(), m_fitted});
}

void DiagramView::showScene(DiagramScene* next)
{
    if (next == scene())
        return;
    saveState();
    setScene(next);
    if (!next)
        return;
    if (!m_states.contains(next)) {
        // The key is taken while the scene is whole: a half-destroyed QObject is no scene.
        QGraphicsScene* key = next;
        connect(next, &QObject::destroyed, this, [this, key] { m_states.remove(key); });
        zoomToFit();
        return;
    }
    const ViewState state = m_states.value(next);
    setTransform(QTransform::fromScale(state.zoom, state.zoom));
    coverVisible(
        QRectF(state.centre - QPointF(viewport()->width(), viewport()->height()) / (2 * state.zoom),
               QSizeF(viewport()->width(), viewport()->height()) / state.zoom));
    centerOn(state.centre);
    m_fitted = state.fitted;
}

void DiagramView::zoomAt(qreal factor, QPoint viewPos)
{
    if (!scene())
        return;
    const qreal target = std::clamp(zoom() * factor, minimumZoom, maximumZoom);
    const qreal applied = target / zoom();
    if (qFuzzyCompare(applied, 1.0))
        return;
    const QPointF anchor = mapToScene(viewPos);
    const QRectF visible = visibleRect();
    // What will be visible, made part of the working area first so that the scroll bars can
    // keep the anchor under the cursor.
    coverVisible(QRectF(anchor + (visible.topLeft() - anchor) / applied, visible.size() / applied));
    setTransform(QTransform::fromScale(target, target));
    const QPoint drift = mapFromScene(anchor) - viewPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + drift.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + drift.y());
}

QPoint DiagramView::zoomAnchor() const
{
    // About the cursor when it is over the canvas, else about the centre.
    const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
    return viewport()->rect().contains(cursor) ? cursor : viewport()->rect().center();
}

void DiagramView::zoomIn()
{
    userMoved();
    zoomAt(1.25, zoomAnchor());
}

void DiagramView::zoomOut()
{
    userMoved();
    zoomAt(1 / 1.25, zoomAnchor());
}

void DiagramView::zoomToFit()
{
    DiagramScene* s = diagramScene();
    if (!s)
        return;
    m_fitted = true;
    const QRectF content = s->contentRect();
    const QSizeF room = viewport()->size();
    if (content.isEmpty() || room.isEmpty()) {
        // A blank diagram: actual size, the origin near the top-left corner, where the first
        // shapes go.
        setTransform(QTransform());
        const QRectF visible(QPointF(-40, -40), room);
        coverVisible(visible);
        centerOn(visible.center());
        return;
    }
    const QRectF framed = content.adjusted(-40, -40, 40, 40);
    // Small diagrams stay readable, not blown up.
    const qreal scale = std::clamp(
        std::min(room.width() / framed.width(), room.height() / framed.height()), minimumZoom, 1.5);
    setTransform(QTransform::fromScale(scale, scale));
    const QSizeF shown = room / scale;
    coverVisible(QRectF(framed.center() - QPointF(shown.width(), shown.height()) / 2, shown));
    centerOn(framed.center());
}

void DiagramView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        zoomToFit();
    else
        coverVisible(visibleRect());
}

void DiagramView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    userMoved();
    zoomAt(std::pow(1.0015, delta), event->position().toPoint());
    event->accept();
}

void DiagramView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panFrom = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panFrom;
        m_panFrom = event->pos();
        userMoved();
        coverVisible(visibleRect().translated(-delta / zoom()));
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

} // namespace latch
