#include "OverviewDock.h"

#include "scene/DiagramScene.h"
#include "window/DiagramView.h"

#include <QMouseEvent>
#include <QScrollBar>

namespace latch {

OverviewView::OverviewView(DiagramView* canvas, QWidget* parent)
    : QGraphicsView(parent)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("overview"));
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumHeight(80);
    // Repaint the marker whenever the canvas scrolls or zooms.
    auto repaint = [this] { viewport()->update(); };
    connect(canvas->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(canvas->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
}

void OverviewView::refit()
{
    // The diagram, not the canvas's whole working area (mostly empty room).
    if (auto* diagram = qobject_cast<DiagramScene*>(scene()))
        fitInView(diagram->contentRect().adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
}

void OverviewView::drawForeground(QPainter* painter, const QRectF&)
{
    if (!m_canvas || m_canvas->scene() != scene())
        return;
    const QRectF visible = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
    painter->setPen(QPen(QColor(0x1E, 0x6F, 0xD9), 0));
    painter->setBrush(QColor(0x1E, 0x6F, 0xD9, 40));
    painter->drawRect(visible);
}

void OverviewView::mousePressEvent(QMouseEvent* event)
{
    if (m_canvas && event->button() == Qt::LeftButton)
        m_canvas->centerOn(mapToScene(event->pos()));
    viewport()->update();
}

void OverviewView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_canvas && (event->buttons() & Qt::LeftButton))
        m_canvas->centerOn(mapToScene(event->pos()));
    viewport()->update();
}

void OverviewView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

OverviewDock::OverviewDock(DiagramView* canvas, QWidget* parent)
    : QDockWidget(tr("Overview"), parent)
    , m_overview(new OverviewView(canvas))
{
    setObjectName(QStringLiteral("overviewDock"));
    setWidget(m_overview);
}

void OverviewDock::setScene(QGraphicsScene* scene)
{
    if (m_overview->scene())
        disconnect(m_overview->scene(), nullptr, this, nullptr);
    m_overview->setScene(scene);
    if (scene)
        connect(scene, &QGraphicsScene::changed, this, [this] { m_overview->refit(); });
    m_overview->refit();
}

} // namespace latch
