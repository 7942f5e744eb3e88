// Resizing by mouse with the select tool, at the window's default size: a selected box or
// region has eight handles, each drawn where it is grabbed; dragging one moves only its
// corner's or edge's sides, snapped to the grid, never below the smallest size, in one undo
// step.
#include "Document.h"
#include "ExampleModels.h"
#include "ModelBuilder.h"
#include "model/BoundaryGeometry.h"
#include "scene/DiagramScene.h"
#include "scene/FlowItem.h"
#include "scene/ResizeHandles.h"
#include "window/DiagramView.h"
#include "window/EditActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QLineF>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace latch;
using namespace latch::test;

namespace {

const QString customer = QStringLiteral("e-63f7afce9173"); // an entity
const QString dmz = QStringLiteral("e-a738348ac309");      // a region boundary

QRectF boundsOf(const Document& document, const QString& id)
{
    const Rect& r = document.element(id)->bounds;
    return QRectF(r.x, r.y, r.width, r.height);
}

// A press on the handle, a few moves, a release `by` scene units away.
void dragHandle(MainWindow& window, const QString& id, ResizeHandle handle, QPointF by)
{
    QWidget* viewport = window.view()->viewport();
    const QPointF from = ResizeHandles::position(boundsOf(*window.document(), id), handle);
    QTest::mousePress(viewport, Qt::LeftButton, {}, window.view()->mapFromScene(from));
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, window.view()->mapFromScene(from + by * i / 4));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, window.view()->mapFromScene(from + by));
}

void select(MainWindow& window, const QString& id)
{
    const QRectF r = boundsOf(*window.document(), id);
    // Inside the box, clear of its handles (a region is grabbed by its outline).
    const QPointF at = window.document()->element(id)->isRegionBoundary()
                           ? QPointF(r.left() + r.width() / 3, r.top())
                           : r.center();
    QTest::mouseClick(window.view()->viewport(), Qt::LeftButton, {},
                      window.view()->mapFromScene(at));
}

// Shows the window at its default size with the canvas at 100 %, `centre` in the middle.
bool showAtFullSize(MainWindow& window, QPointF centre)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.view()->setTransform(QTransform());
    window.view()->centerOn(centre);
    return true;
}

} // namespace

class TestSelectTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void eightHandles_data();
    void eightHandles();
    void neverBelowTheSmallestSize();
    void regionFromItsTopLeft();
    void bendPointsByMouse();
    void lanesAndLabelsByMouse();
    void guidesWhileMoving();
    void regionShowsWhatItWillEnclose();
    void boundaryLineBentByItsVertices();
};

void TestSelectTool::eightHandles_data()
{
    // Each handle and what it changes after a drag of (30, 25) from the customer box at
    // (80, 425), 140 × 70: every side it moves lands on the 10-unit grid (110, 450, 250, 520).
    QTest::addColumn<int>("hx");
    QTest::addColumn<int>("hy");
    QTest::addColumn<QPoint>("movedLeftTop");     // how far the left and top sides moved
    QTest::addColumn<QPoint>("movedRightBottom"); // how far the right and bottom sides moved
    QTest::newRow("top-left") << -1 << -1 << QPoint(30, 25) << QPoint(0, 0);
    QTest::newRow("top") << 0 << -1 << QPoint(0, 25) << QPoint(0, 0);
    QTest::newRow("top-right") << 1 << -1 << QPoint(0, 25) << QPoint(30, 0);
    QTest::newRow("right") << 1 << 0 << QPoint(0, 0) << QPoint(30, 0);
    QTest::newRow("bottom-right") << 1 << 1 << QPoint(0, 0) << QPoint(30, 25);
    QTest::newRow("bottom") << 0 << 1 << QPoint(0, 0) << QPoint(0, 25);
    QTest::newRow("bottom-left") << -1 << 1 << QPoint(30, 0) << QPoint(0, 25);
    QTest::newRow("left") << -1 << 0 << QPoint(30, 0) << QPoint(0, 0);
}

void TestSelectTool::eightHandles()
{
    QFETCH(int, hx);
    QFETCH(int, hy);
    QFETCH(QPoint, movedLeftTop);
    QFETCH(QPoint, movedRightBottom);
    MainWindow window(new Document(loadExample("online-banking.tmodel")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.view()->setTransform(QTransform()); // 1:1, the handles a mouse's size
    window.view()->centerOn(boundsOf(*window.document(), customer).center());
    select(window, customer);
    QCOMPARE(window.currentScene()->selectedIds(), QStringList{customer});
    const QRectF before = boundsOf(*window.document(), customer);
    QCOMPARE(before, QRectF(80, 425, 140, 70));
    const int steps = window.document()->undoStack()->count();

    dragHandle(window, customer, ResizeHandle{hx, hy}, QPointF(30, 25));
    const QRectF after = boundsOf(*window.document(), customer);
    QCOMPARE(after.left(), before.left() + movedLeftTop.x());
    QCOMPARE(after.top(), before.top() + movedLeftTop.y());
    QCOMPARE(after.right(), before.right() + movedRightBottom.x());
    QCOMPARE(after.bottom(), before.bottom() + movedRightBottom.y());
    QCOMPARE(window.document()->undoStack()->count(), steps + 1);
    window.document()->undoStack()->undo();
    QCOMPARE(boundsOf(*window.document(), customer), before);
}

void TestSelectTool::neverBelowTheSmallestSize()
{
    MainWindow window(new Document(loadExample("online-banking.tmodel")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.view()->setTransform(QTransform());
    window.view()->centerOn(boundsOf(*window.document(), customer).center());
    select(window, customer);
    const QRectF before = boundsOf(*window.document(), customer);
    // The left side dragged far past the right one: 40 wide at the least, the right side kept.
    dragHandle(window, customer, ResizeHandle{-1, 0}, QPointF(before.width() + 100, 0));
    const QRectF after = boundsOf(*window.document(), customer);
    QCOMPARE(after.width(), 40.0);
    QCOMPARE(after.right(), before.right());
    QCOMPARE(after.top(), before.top());
    QCOMPARE(after.height(), before.height());
}

void TestSelectTool::regionFromItsTopLeft()
{
    MainWindow window(new Document(loadExample("online-banking.tmodel")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.view()->setTransform(QTransform());
    const QRectF before = boundsOf(*window.document(), dmz);
    window.view()->centerOn(before.topLeft());
    select(window, dmz);
    QCOMPARE(window.currentScene()->selectedIds(), QStringList{dmz});
    dragHandle(window, dmz, ResizeHandle{-1, -1}, QPointF(-40, -30));
    const QRectF after = boundsOf(*window.document(), dmz);
    QCOMPARE(after.topLeft(), before.topLeft() - QPointF(40, 30));
    QCOMPARE(after.bottomRight(), before.bottomRight());
}

void TestSelectTool::bendPointsByMouse()
{
    // A straight flow from the user's centre (50, 30) to the store's (450, 30).
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("User"), {0, 0, 100, 60})
        .box(ElementKind::Store, QStringLiteral("s"), QStringLiteral("DB"), {400, 0, 100, 60})
        .flow(QStringLiteral("f"), QStringLiteral("u"), QStringLiteral("s"));
    MainWindow window(new Document(b.model()));
    QVERIFY(showAtFullSize(window, QPointF(250, 60)));
    Document* document = window.document();
    QWidget* viewport = window.view()->viewport();
    const auto at = [&](QPointF p) { return window.view()->mapFromScene(p); };
    const auto bends = [&] { return document->element(QStringLiteral("f"))->points; };
    const auto drag = [&](QPointF from, QPointF to) {
        QTest::mousePress(viewport, Qt::LeftButton, {}, at(from));
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(viewport, at(from + (to - from) * i / 4));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, at(to));
    };

    QTest::mouseClick(viewport, Qt::LeftButton, {}, at({250, 30}));
    QCOMPARE(window.currentScene()->selectedIds(), QStringList{QStringLiteral("f")});
    // A click on the selected flow changes nothing.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at({250, 30}));
    QVERIFY(bends().isEmpty());

    // Dragging its middle makes a bend point where the drag ends: one undo step.
    const int steps = document->undoStack()->count();
    drag({250, 30}, {250, 130});
    QCOMPARE(bends(), (QVector<Point>{{250, 130}}));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    // Dragging the bend point moves it; a new one on the first leg goes before it.
    drag({250, 130}, {300, 150});
    QCOMPARE(bends(), (QVector<Point>{{300, 150}}));
    drag({175, 90}, {150, 200});
    QCOMPARE(bends(), (QVector<Point>{{150, 200}, {300, 150}}));

    // A double click on a bend point removes it; on the line it adds one.
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, at({150, 200}));
    QCOMPARE(bends(), (QVector<Point>{{300, 150}}));
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, at({400, 70}));
    QCOMPARE(bends(), (QVector<Point>{{300, 150}, {400, 70}}));

    // Arrange → Straighten Flow by keyboard, undone in one step.
    QAction* straighten = window.editActions()->straighten();
    QVERIFY(straighten->isEnabled());
    QTest::keyClick(viewport, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(bends().isEmpty());
    document->undoStack()->undo();
    QCOMPARE(bends(), (QVector<Point>{{300, 150}, {400, 70}}));
}

void TestSelectTool::lanesAndLabelsByMouse()
{
    // A request and its reply between the same two boxes, centres at y = 30.
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("User"), {0, 0, 100, 60})
        .box(ElementKind::Store, QStringLiteral("s"), QStringLiteral("DB"), {400, 0, 100, 60})
        .flow(QStringLiteral("q"), QStringLiteral("u"), QStringLiteral("s"), {},
              QStringLiteral("Query"))
        .flow(QStringLiteral("r"), QStringLiteral("s"), QStringLiteral("u"), {},
              QStringLiteral("Rows"));
    MainWindow window(new Document(b.model()));
    QVERIFY(showAtFullSize(window, QPointF(250, 60)));
    Document* document = window.document();
    DiagramScene* scene = window.currentScene();
    const auto flowItem = [&](const char* id) {
        return static_cast<FlowItem*>(scene->itemFor(QString::fromLatin1(id)));
    };
    // Drawn apart on the canvas, each on its left (the query above, the rows below), not one
    // over the other, and each label beside its own line on the outside.
    QCOMPARE(flowItem("q")->path().first().y(), 21.0);
    QCOMPARE(flowItem("r")->path().first().y(), 39.0);
    QVERIFY(flowItem("q")->labelBox().bottom() < 21);
    QVERIFY(flowItem("r")->labelBox().top() > 39);
    // A click on one line selects that flow only.
    QWidget* viewport = window.view()->viewport();
    const auto at = [&](QPointF p) { return window.view()->mapFromScene(p); };
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at({200, 21}));
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("q")});

    // Dragging the reply's label moves the label alone, in one undo step.
    const QRectF before = flowItem("r")->labelBox();
    const QPointF from = before.center();
    const QPointF to = from + QPointF(40, -60);
    const int steps = document->undoStack()->count();
    QTest::mousePress(viewport, Qt::LeftButton, {}, at(from));
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, at(from + (to - from) * i / 4));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, at(to));
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("r")});
    QCOMPARE(document->undoStack()->count(), steps + 1);
    const QRectF after = flowItem("r")->labelBox();
    QVERIFY2(
        QLineF(after.center(), before.center() + QPointF(40, -60)).length() <= 1.5,
        qPrintable(
            QStringLiteral("label at %1, %2").arg(after.center().x()).arg(after.center().y())));
    QCOMPARE(document->element(QStringLiteral("r"))->points, QVector<Point>{});
    QCOMPARE(flowItem("r")->path().first().y(), 39.0); // the line stays where it was
    document->undoStack()->undo();
    QCOMPARE(document->element(QStringLiteral("r"))->labelOffset, Point{});
    QCOMPARE(flowItem("r")->labelBox(), before);
}

void TestSelectTool::guidesWhileMoving()
{
    // B's top is at 203, off the grid: A dragged 200 down lands on 200 by the grid and is
    // pulled onto 203, with a guide while the button is down.
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("a"), QStringLiteral("A"), {0, 0, 100, 60})
        .box(ElementKind::Process, QStringLiteral("b"), QStringLiteral("B"), {300, 203, 100, 60});
    MainWindow window(new Document(b.model()));
    QVERIFY(showAtFullSize(window, QPointF(200, 150)));
    Document* document = window.document();
    QWidget* viewport = window.view()->viewport();
    const auto at = [&](QPointF p) { return window.view()->mapFromScene(p); };
    DiagramScene* scene = window.currentScene();

    QTest::mousePress(viewport, Qt::LeftButton, {}, at({50, 30}));
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, at(QPointF(50, 30 + 50 * i)));
    QCOMPARE(scene->guides().size(), 1);
    QCOMPARE(scene->guides().first().y1(), 203.0);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, at({50, 230}));
    QCOMPARE(document->element(QStringLiteral("a"))->bounds.y, 203);
    QCOMPARE(document->element(QStringLiteral("a"))->bounds.x, 0);
    QVERIFY(scene->guides().isEmpty());

    // With Alt held at the press, the grid alone: 200, and no guide.
    document->undoStack()->undo();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::AltModifier, at({50, 30}));
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, at(QPointF(50, 30 + 50 * i)));
    QVERIFY(scene->guides().isEmpty());
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::AltModifier, at({50, 230}));
    QCOMPARE(document->element(QStringLiteral("a"))->bounds.y, 200);
}

void TestSelectTool::regionShowsWhatItWillEnclose()
{
    // A region around the entity a (centre 80, 70); the process p (centre 330, 80) outside.
    ModelBuilder b;
    b.region(QStringLiteral("r"), {0, 0, 200, 200})
        .box(ElementKind::Entity, QStringLiteral("a"), QStringLiteral("A"), {50, 50, 60, 40})
        .box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("P"), {300, 50, 60, 60});
    MainWindow window(new Document(b.model()));
    QVERIFY(showAtFullSize(window, QPointF(300, 150)));
    Document* document = window.document();
    DiagramScene* scene = window.currentScene();
    QWidget* viewport = window.view()->viewport();
    const auto at = [&](QPointF p) { return window.view()->mapFromScene(p); };
    const QSet<QString> none;

    QTest::mouseClick(viewport, Qt::LeftButton, {}, at({100, 0})); // its top edge
    QCOMPARE(scene->selectedIds(), QStringList{QStringLiteral("r")});
    // Widened to 400 by its right edge: while the button is down, both are marked.
    QTest::mousePress(viewport, Qt::LeftButton, {}, at({200, 100}));
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, at(QPointF(200 + 50 * i, 100)));
    QCOMPARE(scene->enclosed(), (QSet<QString>{QStringLiteral("a"), QStringLiteral("p")}));
    QCOMPARE(scene->markFor(QStringLiteral("p")), CanvasMarks::Mark::Inside);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, at({400, 100}));
    QCOMPARE(scene->enclosed(), none);
    QCOMPARE(scene->markFor(QStringLiteral("p")), CanvasMarks::Mark::None);
    // And the model agrees: membership is what the region encloses.
    const BoundaryGeometry geometry(document->model().diagrams.first());
    QCOMPARE(geometry.regionsAround(*document->element(QStringLiteral("p"))),
             QStringList{QStringLiteral("r")});

    // Moved 300 to the right by its top edge (Alt: no guides): only p stays inside.
    QTest::mousePress(viewport, Qt::LeftButton, Qt::AltModifier, at({100, 0}));
    for (int i = 1; i <= 3; ++i)
        QTest::mouseMove(viewport, at(QPointF(100 + 100 * i, 0)));
    QCOMPARE(scene->enclosed(), QSet<QString>{QStringLiteral("p")});
    QCOMPARE(scene->markFor(QStringLiteral("a")), CanvasMarks::Mark::None);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::AltModifier, at({400, 0}));
    QCOMPARE(scene->enclosed(), none);
    QCOMPARE(document->element(QStringLiteral("r"))->bounds, (Rect{300, 0, 400, 200}));
}

void TestSelectTool::boundaryLineBentByItsVertices()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("a"), QStringLiteral("A"), {0, 300, 60, 40})
        .line(QStringLiteral("wall"), {{100, 0}, {300, 0}});
    const Model model = b.model();
    MainWindow window(new Document(model));
    QVERIFY(showAtFullSize(window, QPointF(200, 50)));
    Document* document = window.document();
    QWidget* viewport = window.view()->viewport();
    const auto at = [&](QPointF p) { return window.view()->mapFromScene(p); };
    const auto vertices = [&] { return document->element(QStringLiteral("wall"))->points; };

    // A double click on the line adds a vertex between its ends; dragging it bends the line.
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, at({200, 0}));
    QCOMPARE(vertices(), (QVector<Point>{{100, 0}, {200, 0}, {300, 0}}));
    QCOMPARE(window.currentScene()->selectedIds(), QStringList{QStringLiteral("wall")});
    QTest::mousePress(viewport, Qt::LeftButton, {}, at({200, 0}));
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, at(QPointF(200, 20 * i)));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, at({200, 80}));
    QCOMPARE(vertices(), (QVector<Point>{{100, 0}, {200, 80}, {300, 0}}));
    // A double click on the vertex removes it; the two ends always stay.
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, at({200, 80}));
    QCOMPARE(vertices(), (QVector<Point>{{100, 0}, {300, 0}}));
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, at({100, 0}));
    QCOMPARE(vertices(), (QVector<Point>{{100, 0}, {300, 0}}));
    document->undoStack()->undo();
    QCOMPARE(vertices(), (QVector<Point>{{100, 0}, {200, 80}, {300, 0}}));
}

QTEST_MAIN(TestSelectTool)
#include "tst_selecttool.moc"
