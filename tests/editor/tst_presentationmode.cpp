// Presentation mode (F11) at the window's default size: the canvas and the register only, full
// screen, in larger type; F11 again gives the window back with the same panels, bars and type.
#include "Document.h"
#include "ExampleModels.h"
#include "docks/ThreatsDock.h"
#include "window/DiagramView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace latch;
using namespace latch::test;

namespace {

QStringList visibleDocks(MainWindow& window)
{
    QStringList names;
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        if (dock->isVisible())
            names << dock->objectName();
    }
    names.sort();
    return names;
}

} // namespace

class TestPresentationMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void f11PresentsAndRestores();
};

void TestPresentationMode::f11PresentsAndRestores()
{
    MainWindow window(new Document(loadExample("online-banking.tmodel")));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QStringList docks = visibleDocks(window);
    QVERIFY(docks.size() > 1);
    const qreal zoom = window.view()->transform().m11();
    const qreal type = window.threatsDock()->table()->font().pointSizeF();
    const QSize canvas = window.view()->size();

    QTest::keyClick(&window, Qt::Key_F11);
    QCOMPARE(visibleDocks(window), QStringList{window.threatsDock()->objectName()});
    QVERIFY(!window.threatsDock()->visibleRegion().isEmpty());
    QVERIFY(!window.menuBar()->isVisible());
    QVERIFY(!window.statusBar()->isVisible());
    for (QToolBar* bar : window.findChildren<QToolBar*>())
        QVERIFY(!bar->isVisible());
    QVERIFY(window.windowState() & Qt::WindowFullScreen);
    QTRY_VERIFY(window.view()->width() > canvas.width()); // the panels' room goes to the canvas
    QVERIFY(qAbs(window.threatsDock()->table()->font().pointSizeF() - type * 1.3) < 0.6);
    // The diagram drawn larger too (the window fits it again as it grows, or zooms it by the
    // type's factor when it was zoomed by hand).
    QVERIFY2(
        window.view()->transform().m11() > zoom * 1.2,
        qPrintable(QStringLiteral("%1 -> %2").arg(zoom).arg(window.view()->transform().m11())));

    // F11 still works with the menu bar hidden, and gives everything back.
    QTest::keyClick(&window, Qt::Key_F11);
    QTRY_COMPARE(visibleDocks(window), docks);
    QVERIFY(window.menuBar()->isVisible());
    QVERIFY(window.statusBar()->isVisible());
    QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
    QCOMPARE(window.threatsDock()->table()->font().pointSizeF(), type);
    QTRY_VERIFY2(
        qAbs(window.view()->transform().m11() - zoom) < 1e-6,
        qPrintable(QStringLiteral("%1 -> %2").arg(zoom).arg(window.view()->transform().m11())));
}

QTEST_MAIN(TestPresentationMode)
#include "tst_presentationmode.moc"
