#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace latch {

class DiagramView;

// View → Presentation Mode (F11), for a workshop on a projector: the canvas and the register
// only, full screen, in larger type. F11 again gives back the window as it was: its panels,
// bars, size and type.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    PresentationMode(QMainWindow* window, QDockWidget* kept, DiagramView* view);

    QAction* action() const { return m_action; }
    bool isOn() const { return m_on; }
    void setOn(bool on);

    // How much larger the type is while presenting.
    static constexpr qreal scale = 1.3;

private:
    QMainWindow* m_window;
    QDockWidget* m_kept;
    DiagramView* m_view;
    QAction* m_action;
    bool m_on = false;
    QByteArray m_state;
    Qt::WindowStates m_windowState;
    QFont m_font;
    bool m_fontWasSet = false;
};

} // namespace latch
