// A flow's one path: centre of the source, the bend points, centre of the target; nothing for
// a dangling flow. The crossings of trust boundaries are decided on it.
#include "ModelBuilder.h"
#include "model/BoundaryGeometry.h"
#include "model/FlowPath.h"

#include <QTest>

using namespace latch;
using namespace latch::test;

class TestFlowPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsCentreToCentreThroughTheBends();
    void danglingFlowHasNoPath();
    void crossingsAreDecidedOnIt();
    void newBendGoesOnTheNearestSegment();
};

void TestFlowPath::runsCentreToCentreThroughTheBends()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("User"), {0, 0, 100, 50})
        .box(ElementKind::Store, QStringLiteral("s"), QStringLiteral("DB"), {300, 200, 100, 60})
        .flow(QStringLiteral("f"), QStringLiteral("u"), QStringLiteral("s"),
              {{50, 225}, {120, 225}});
    const Diagram& d = b.current();
    const QVector<Point> path = FlowPath::centreline(*d.findElement(QStringLiteral("f")),
                                                     d.findElement(QStringLiteral("u")),
                                                     d.findElement(QStringLiteral("s")));
    QCOMPARE(path, (QVector<Point>{{50, 25}, {50, 225}, {120, 225}, {350, 230}}));
}

void TestFlowPath::danglingFlowHasNoPath()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("User"), {0, 0, 100, 50})
        .flow(QStringLiteral("f"), QStringLiteral("u"), QStringLiteral("gone"));
    const Diagram& d = b.current();
    QVERIFY(FlowPath::centreline(*d.findElement(QStringLiteral("f")),
                                 d.findElement(QStringLiteral("u")), nullptr)
                .isEmpty());
    QVERIFY(FlowPath::centreline(*d.findElement(QStringLiteral("f")), nullptr,
                                 d.findElement(QStringLiteral("u")))
                .isEmpty());
}

void TestFlowPath::crossingsAreDecidedOnIt()
{
    // The straight line from the user to the store would miss the line boundary; the bend
    // takes the flow across it, and the centreline says so.
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("User"), {0, 0, 100, 50})
        .box(ElementKind::Store, QStringLiteral("s"), QStringLiteral("DB"), {400, 0, 100, 50})
        .line(QStringLiteral("wall"), {{100, 100}, {400, 100}})
        .flow(QStringLiteral("straight"), QStringLiteral("u"), QStringLiteral("s"))
        .flow(QStringLiteral("bent"), QStringLiteral("u"), QStringLiteral("s"), {{250, 150}});
    const Diagram& d = b.current();
    const BoundaryGeometry geometry(d);
    QCOMPARE(geometry.flowPath(*d.findElement(QStringLiteral("bent"))),
             FlowPath::centreline(*d.findElement(QStringLiteral("bent")),
                                  d.findElement(QStringLiteral("u")),
                                  d.findElement(QStringLiteral("s"))));
    QVERIFY(geometry.crossings(*d.findElement(QStringLiteral("straight"))).isEmpty());
    QCOMPARE(geometry.crossings(*d.findElement(QStringLiteral("bent"))),
             QStringList{QStringLiteral("wall")});
}

void TestFlowPath::newBendGoesOnTheNearestSegment()
{
    // The path (50, 25) → (50, 225) → (120, 225) → (350, 230): three segments.
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("User"), {0, 0, 100, 50})
        .box(ElementKind::Store, QStringLiteral("s"), QStringLiteral("DB"), {300, 200, 100, 60})
        .flow(QStringLiteral("f"), QStringLiteral("u"), QStringLiteral("s"),
              {{50, 225}, {120, 225}})
        .flow(QStringLiteral("straight"), QStringLiteral("u"), QStringLiteral("s"));
    const Diagram& d = b.current();
    const Element* u = d.findElement(QStringLiteral("u"));
    const Element* s = d.findElement(QStringLiteral("s"));
    const Element& f = *d.findElement(QStringLiteral("f"));
    QCOMPARE(FlowPath::bendInsertionIndex(f, u, s, {60, 100}), 0);  // beside the first leg
    QCOMPARE(FlowPath::bendInsertionIndex(f, u, s, {85, 215}), 1);  // over the middle one
    QCOMPARE(FlowPath::bendInsertionIndex(f, u, s, {240, 240}), 2); // near the last
    QCOMPARE(FlowPath::bendInsertionIndex(f, u, s, {500, 500}), 2); // past the target's end
    // A straight flow has one segment: the first bend goes first.
    QCOMPARE(
        FlowPath::bendInsertionIndex(*d.findElement(QStringLiteral("straight")), u, s, {200, 100}),
        0);
    QCOMPARE(FlowPath::bendInsertionIndex(f, u, nullptr, {60, 100}), 0); // dangling
}

QTEST_GUILESS_MAIN(TestFlowPath)
#include "tst_flowpath.moc"
