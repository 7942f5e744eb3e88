// The editor's window on ordinary screens: it fits a 1280×720 projector with every panel open,
// its diagram tabs can be seen and used, and its size and panel layout are kept between runs.
// Set LATCH_SCREENSHOT_DIR to keep screenshots of what the tests saw.
#include "Document.h"
#include "Screenshot.h"
#include "WindowTesting.h"
#include "scene/DiagramScene.h"
#include "window/DiagramView.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

using namespace latch;
using latch::test::example;
using latch::test::screenshot;

namespace {

QRect inWindow(QWidget* widget, QWidget* window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

// A 1280×720 screen less a window manager's title bar.
constexpr QSize projector(1280, 690);

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void fitsProjectorWithEveryPanel();
    void diagramTabsSeenAndUsed();
    void defaultSizeFitsScreen();
    void layoutRemembered();
};

void TestWindowLayout::fitsProjectorWithEveryPanel()
{
    QString error;
    QPointer<MainWindow> window(MainWindow::openFile(example("fitness-platform.tmodel"), &error));
    QVERIFY2(window, qPrintable(error));
    // The panels' own minimum sizes no longer add up to more than a small screen.
    const QSize minimum = window->minimumSizeHint();
    QVERIFY2(
        minimum.width() <= projector.width() && minimum.height() <= projector.height(),
        qPrintable(QStringLiteral("minimum %1×%2").arg(minimum.width()).arg(minimum.height())));
    window->resize(projector);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->size(), projector); // not overruled

    const QRect area = window->rect();
    const QList<QDockWidget*> docks = window->findChildren<QDockWidget*>();
    QVERIFY(docks.size() >= 7);
    for (QDockWidget* dock : docks) {
        // Open, and when raised (tabbed panels share a place) wholly on screen with room to use.
        QVERIFY2(dock->toggleViewAction()->isChecked(), qPrintable(dock->objectName()));
        dock->raise();
        QTRY_VERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
        const QRect placed = inWindow(dock, window);
        QVERIFY2(area.contains(placed), qPrintable(dock->objectName()));
        QVERIFY2(placed.width() >= 150 && placed.height() >= 80, qPrintable(dock->objectName()));
    }
    const QRect canvas = inWindow(window->view()->viewport(), window);
    QVERIFY(area.contains(canvas));
    QVERIFY2(canvas.width() >= 360 && canvas.height() >= 240,
             qPrintable(QStringLiteral("canvas %1×%2").arg(canvas.width()).arg(canvas.height())));
    screenshot(window, "projector-1280x720.png");
    window->close();
}

void TestWindowLayout::diagramTabsSeenAndUsed()
{
    QString error;
    QPointer<MainWindow> window(MainWindow::openFile(example("fitness-platform.tmodel"), &error));
    QVERIFY2(window, qPrintable(error));
    window->resize(projector);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const Model& model = window->document()->model();
    QTabBar* tabs = window->diagramTabs();
    QCOMPARE(tabs->count(), 2);
    QVERIFY(tabs->isVisible());
    // As tall as its tabs, and inside the window above the canvas.
    QVERIFY2(tabs->height() >= tabs->sizeHint().height() && tabs->height() > 10,
             qPrintable(QString::number(tabs->height())));
    const QRect placed = inWindow(tabs, window);
    QVERIFY(window->rect().contains(placed));
    QVERIFY(placed.bottom() <= inWindow(window->view(), window).top());
    QVERIFY(tabs->tabRect(1).isValid() && tabs->rect().contains(tabs->tabRect(1)));

    // A click on the second tab shows the second diagram; the keyboard goes back.
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(window->currentScene()->diagramId(), model.diagrams.at(1).id);
    screenshot(window, "second-diagram.png");
    QTest::keyClick(window->view(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(window->currentScene()->diagramId(), model.diagrams.at(0).id);
    QTest::keyClick(window->view(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(window->currentScene()->diagramId(), model.diagrams.at(1).id);
    window->close();
}

void TestWindowLayout::defaultSizeFitsScreen()
{
    QPointer<MainWindow> window(new MainWindow);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QRect screen = window->screen()->availableGeometry();
    QVERIFY2(window->width() <= screen.width() && window->height() <= screen.height(),
             qPrintable(QStringLiteral("%1×%2 on %3×%4")
                            .arg(window->width())
                            .arg(window->height())
                            .arg(screen.width())
                            .arg(screen.height())));
    // Most of the screen, not a postage stamp.
    QVERIFY(window->width() >= screen.width() * 0.8 || window->width() >= 1400);
    window->close();
}

void TestWindowLayout::layoutRemembered()
{
    QPointer<MainWindow> first(new MainWindow);
    first->resize(1000, 640);
    first->show();
    QVERIFY(QTest::qWaitForWindowExposed(first));
    auto* history = first->findChild<QDockWidget*>(QStringLiteral("history"));
    QVERIFY(history);
    history->toggleViewAction()->trigger(); // the user closes the History panel
    QVERIFY(!history->toggleViewAction()->isChecked());
    first->close();
    QTRY_VERIFY(!first); // deleted on close

    QPointer<MainWindow> second(new MainWindow);
    second->show();
    QVERIFY(QTest::qWaitForWindowExposed(second));
    QCOMPARE(second->size(), QSize(1000, 640));
    QVERIFY(!second->findChild<QDockWidget*>(QStringLiteral("history"))
                 ->toggleViewAction()
                 ->isChecked());
    QVERIFY(second->findChild<QDockWidget*>(QStringLiteral("threats"))
                ->toggleViewAction()
                ->isChecked());
    second->close();
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
