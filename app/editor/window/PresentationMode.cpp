#include "PresentationMode.h"

#include "DiagramView.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace latch {

PresentationMode::PresentationMode(QMainWindow* window, QDockWidget* kept, DiagramView* view)
    : QObject(window)
    , m_window(window)
    , m_kept(kept)
    , m_view(view)
    , m_action(new QAction(tr("&Presentation Mode"), this))
{
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    // A shortcut of the window itself, so that it still works with the menu bar hidden.
    window->addAction(m_action);
    connect(m_action, &QAction::toggled, this, &PresentationMode::setOn);
}

void PresentationMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    m_action->setChecked(on);
    const QPoint centre = m_view->viewport()->rect().center();
    if (on) {
        m_state = m_window->saveState();
        m_windowState = m_window->windowState();
        m_fontWasSet = m_window->testAttribute(Qt::WA_SetFont);
        m_font = m_window->font();
        for (QDockWidget* dock : m_window->findChildren<QDockWidget*>()) {
            if (dock != m_kept)
                dock->hide();
        }
        for (QToolBar* bar : m_window->findChildren<QToolBar*>())
            bar->hide();
        m_kept->show();
        m_kept->raise();
        m_window->menuBar()->hide();
        m_window->statusBar()->hide();
        QFont larger = m_font;
        larger.setPointSizeF(m_font.pointSizeF() * scale);
        m_window->setFont(larger);
        m_window->setWindowState(m_windowState | Qt::WindowFullScreen);
        m_view->zoomAt(scale, centre);
    } else {
        m_view->zoomAt(1 / scale, centre);
        if (m_fontWasSet)
            m_window->setFont(m_font);
        else
            m_window->setFont(QFont()); // back to following the application's font
        m_window->menuBar()->show();
        m_window->statusBar()->show();
        m_window->setWindowState(m_windowState);
        m_window->restoreState(m_state);
    }
}

} // namespace latch
