// The canvas as a user meets it: shapes stay where they were put while others are placed,
// moved or deleted; zoom keeps the point under the cursor; a model opens fitted to the window
// and each diagram keeps its zoom while the window is open.
// Set LATCH_SCREENSHOT_DIR to keep screenshots of what the tests saw.
#include "Document.h"
#include "Screenshot.h"
#include "WindowTesting.h"
#include "model/BoundaryGeometry.h"
#include "scene/DiagramScene.h"
#include "window/DiagramView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QWheelEvent>

using namespace latch;
using latch::test::example;
using latch::test::screenshot;

namespace {

constexpr QSize projector(1280, 690);

QPointF centreOf(const Element& e)
{
    return QPointF(e.bounds.x + e.bounds.width / 2.0, e.bounds.y + e.bounds.height / 2.0);
}

// Where an element's centre is on screen, in viewport pixels.
QPoint onScreen(MainWindow* window, const QString& id)
{
    return window->view()->mapFromScene(centreOf(*window->document()->element(id)));
}

const Element& lastElement(MainWindow* window)
{
    return window->document()->model().diagrams.first().elements.constLast();
}

void wheel(QWidget* viewport, QPoint at, int delta)
{
    QWheelEvent event(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void placedShapesStayPut();
    void zoomKeepsPointUnderCursor();
    void opensFittedToWindow();
    void zoomRememberedPerDiagram();
};

void TestCanvas::placedShapesStayPut()
{
    // A new model, as File > New opens it, at a projector's size: no test-only view set-up.
    QPointer<MainWindow> window(new MainWindow);
    window->resize(projector);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QWidget* viewport = window->view()->viewport();
    const int grid = window->currentScene()->gridSize();

    // Four shapes by keyboard and mouse, the first near the top left.
    const struct
    {
        Qt::Key key;
        QPoint click;
    } placements[] = {{Qt::Key_E, {110, 70}},
                      {Qt::Key_P, {420, 90}},
                      {Qt::Key_S, {430, 300}},
                      {Qt::Key_E, {120, 320}}};
    QStringList ids;
    QVector<QPoint> placedAt;
    for (const auto& placement : placements) {
        QTest::keyClick(window->view(), placement.key);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, placement.click);
        QTRY_COMPARE(window->currentScene()->tool(), DiagramScene::ToolKind::Select);
        ids << lastElement(window).id;
        placedAt << onScreen(window, ids.last());
        // Where the user clicked, give or take the grid's snap.
        QVERIFY2((placedAt.last() - placement.click).manhattanLength() <= grid,
                 qPrintable(ids.last()));
        // Nothing placed before has moved on screen.
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(onScreen(window, ids.at(i)), placedAt.at(i));
    }
    QCOMPARE(window->document()->model().diagrams.first().elements.size(), 4);

    // A trust boundary dragged around the first two shapes holds both of them, whole.
    QTest::keyClick(window->view(), Qt::Key_B);
    QTest::mousePress(viewport, Qt::LeftButton, {}, {20, 15});
    QTest::mouseMove(viewport, {300, 100});
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, {540, 170});
    QTRY_COMPARE(window->document()->model().diagrams.first().elements.size(), 5);
    QTRY_COMPARE(window->currentScene()->tool(), DiagramScene::ToolKind::Select);
    const Element boundary = lastElement(window);
    QCOMPARE(boundary.kind, ElementKind::Boundary);
    const Diagram& diagram = window->document()->model().diagrams.first();
    const BoundaryGeometry geometry(diagram);
    for (int i : {0, 1}) {
        const Element& shape = *window->document()->element(ids.at(i));
        const QRectF box(boundary.bounds.x, boundary.bounds.y, boundary.bounds.width,
                         boundary.bounds.height);
        QVERIFY(box.contains(
            QRectF(shape.bounds.x, shape.bounds.y, shape.bounds.width, shape.bounds.height)));
        QCOMPARE(geometry.regionBoundariesAround(shape).size(), 1);
    }
    QVERIFY(geometry.regionBoundariesAround(*window->document()->element(ids.at(2))).isEmpty());
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(onScreen(window, ids.at(i)), placedAt.at(i));
    screenshot(window, "placed-four.png");

    // Deleting one, and dragging another beyond the working area's edge, moves nothing else.
    window->currentScene()->selectOnly(ids.at(3));
    window->currentScene()->deleteElements({ids.at(3)}, true);
    QVERIFY(!window->document()->element(ids.at(3)));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(onScreen(window, ids.at(i)), placedAt.at(i));
    const qreal right = window->currentScene()->sceneRect().right();
    QTest::mousePress(viewport, Qt::LeftButton, {}, placedAt.at(2));
    for (int step = 1; step <= 6; ++step)
        QTest::mouseMove(viewport, placedAt.at(2) + QPoint(60 * step, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, placedAt.at(2) + QPoint(360, 0));
    QVERIFY(centreOf(*window->document()->element(ids.at(2))).x() > 700);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(onScreen(window, ids.at(i)), placedAt.at(i));
    window->document()->undoStack()->undo();                      // the move
    window->document()->undoStack()->undo();                      // the delete
    QCOMPARE(window->currentScene()->sceneRect().right(), right); // only ever grows
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(onScreen(window, ids.at(i)), placedAt.at(i));
    window->document()->undoStack()->clear();
    window->close();
}

void TestCanvas::zoomKeepsPointUnderCursor()
{
    QString error;
    QPointer<MainWindow> window(MainWindow::openFile(example("online-banking.tmodel"), &error));
    QVERIFY2(window, qPrintable(error));
    window->resize(projector);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    DiagramView* view = window->view();
    QWidget* viewport = view->viewport();
    // Three places on the canvas, near its corners and middle; in and out at each.
    for (const QPoint at : {QPoint(40, 30), viewport->rect().center(),
                            QPoint(viewport->width() - 30, viewport->height() - 20)}) {
        for (int delta : {240, 240, -480, -360}) {
            const QPointF under = view->mapToScene(at);
            const qreal before = view->zoom();
            wheel(viewport, at, delta);
            QVERIFY(view->zoom() != before);
            QVERIFY2(
                QLineF(view->mapFromScene(under), at).length() <= 1.5,
                qPrintable(
                    QStringLiteral("zoom %1 at %2,%3").arg(view->zoom()).arg(at.x()).arg(at.y())));
        }
    }
    QVERIFY(!view->isFitted());
    // Bounded both ways.
    for (int i = 0; i < 60; ++i)
        wheel(viewport, viewport->rect().center(), 480);
    QCOMPARE(view->zoom(), DiagramView::maximumZoom);
    for (int i = 0; i < 120; ++i)
        wheel(viewport, viewport->rect().center(), -480);
    QCOMPARE(view->zoom(), DiagramView::minimumZoom);
    window->close();
}

void TestCanvas::opensFittedToWindow()
{
    QString error;
    QPointer<MainWindow> window(MainWindow::openFile(example("online-banking.tmodel"), &error));
    QVERIFY2(window, qPrintable(error));
    window->resize(projector);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    DiagramView* view = window->view();
    const QRect shown = view->mapFromScene(window->currentScene()->contentRect()).boundingRect();
    const QRect room = view->viewport()->rect();
    // All of the diagram is in sight and it fills the canvas in one direction.
    QVERIFY(room.adjusted(-1, -1, 1, 1).contains(shown));
    QVERIFY2(shown.width() >= 0.85 * room.width() || shown.height() >= 0.85 * room.height(),
             qPrintable(QStringLiteral("%1×%2 in %3×%4")
                            .arg(shown.width())
                            .arg(shown.height())
                            .arg(room.width())
                            .arg(room.height())));
    screenshot(window, "banking-fitted.png");
    // Until the user zooms, a larger window fits the diagram again.
    const qreal fitted = view->zoom();
    window->resize(1600, 1000);
    QTRY_VERIFY(view->zoom() > fitted);
    wheel(view->viewport(), view->viewport()->rect().center(), 120);
    const qreal chosen = view->zoom();
    window->resize(projector);
    QTRY_COMPARE(window->size(), projector);
    QCOMPARE(view->zoom(), chosen);
    window->close();
}

void TestCanvas::zoomRememberedPerDiagram()
{
    QString error;
    QPointer<MainWindow> window(MainWindow::openFile(example("fitness-platform.tmodel"), &error));
    QVERIFY2(window, qPrintable(error));
    window->resize(projector);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    DiagramView* view = window->view();
    QWidget* viewport = view->viewport();
    wheel(viewport, {100, 80}, 360);
    wheel(viewport, {100, 80}, 240);
    const qreal zoom = view->zoom();
    const QPointF centre = view->mapToScene(viewport->rect().center());

    window->diagramTabs()->setCurrentIndex(1);
    QVERIFY(view->isFitted()); // the other diagram opens fitted
    QVERIFY(view->zoom() != zoom);
    wheel(viewport, viewport->rect().center(), -240);
    const qreal second = view->zoom();

    window->diagramTabs()->setCurrentIndex(0);
    QCOMPARE(view->zoom(), zoom);
    QVERIFY(QLineF(view->mapToScene(viewport->rect().center()), centre).length() < 2 / zoom);
    window->diagramTabs()->setCurrentIndex(1);
    QCOMPARE(view->zoom(), second);
    window->close();
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
