// A flow's one path: centre of the source, the bend points, centre of the target; nothing for
// a dangling flow. The crossings of trust boundaries are decided on it.
#include "ModelBuilder.h"
#include "model/BoundaryGeometry.h"
#include "model/FlowPath.h"

#include <QLineF>
#include <QTest>

#include <algorithm>

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
    void curvedFlowPassesThroughItsHandle();
    void curveThroughSeveralPointsHasNoKink();
    void parallelFlowsTakeLanes();
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

void TestFlowPath::curvedFlowPassesThroughItsHandle()
{
    // Centres (50, 25) and (350, 25); TMT's handle at (200, 300) is where its curve is halfway.
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("a"), QStringLiteral("A"), {0, 0, 100, 50})
        .box(ElementKind::Entity, QStringLiteral("b"), QStringLiteral("B"), {300, 0, 100, 50})
        .flow(QStringLiteral("f"), QStringLiteral("a"), QStringLiteral("b"), {{200, 300}})
        .line(QStringLiteral("fence"), {{0, 500}, {10, 500}});
    Diagram d = b.current();
    Element& f = d.elements[2];
    const Element* a = d.findElement(QStringLiteral("a"));
    const Element* t = d.findElement(QStringLiteral("b"));
    QCOMPARE(FlowPath::centreline(f, a, t).size(), 3); // straight: through the bend
    f.curved = true;
    const QVector<Point> curve = FlowPath::centreline(f, a, t);
    QVERIFY(curve.size() > 20);
    QCOMPARE(curve.first(), (Point{50, 25}));
    QCOMPARE(curve.last(), (Point{350, 25}));
    QVERIFY(curve.contains(Point{200, 300}));
    int lowest = 0;
    for (const Point& p : curve)
        lowest = std::max(lowest, p.y);
    QCOMPARE(lowest, 300); // the handle is the curve's apex, not a corner beyond it
    // Crossings are decided on the curve: it passes y = 200 near x = 110 (where the quadratic
    // has t = 0.2), while straight segments to the handle would pass it near x = 145.
    Diagram fenced = d;
    fenced.elements[3].points = {{90, 200}, {130, 200}};
    QCOMPARE(BoundaryGeometry(fenced).crossings(f), QStringList{QStringLiteral("fence")});
    fenced.elements[3].points = {{138, 200}, {152, 200}};
    QVERIFY(BoundaryGeometry(fenced).crossings(f).isEmpty());
    f.curved = false;
    QCOMPARE(BoundaryGeometry(fenced).crossings(f), QStringList{QStringLiteral("fence")});
}

void TestFlowPath::curveThroughSeveralPointsHasNoKink()
{
    const QVector<QPointF> control{{0, 0}, {100, 100}, {200, 0}, {300, 100}};
    const QVector<QPointF> curve = FlowPath::smoothCurve(control);
    QCOMPARE(curve.size(), 3 * FlowPath::samplesPerSpan + 1);
    for (int i = 0; i < control.size(); ++i)
        QCOMPARE(curve.at(i * FlowPath::samplesPerSpan), control.at(i));
    // Where the polyline turns 90 degrees at each inner point, the curve turns little from one
    // sample to the next.
    for (int i = 1; i + 1 < curve.size(); ++i) {
        const QLineF in(curve.at(i - 1), curve.at(i));
        const QLineF out(curve.at(i), curve.at(i + 1));
        const qreal turn = std::min(in.angleTo(out), 360 - in.angleTo(out));
        QVERIFY2(turn < 25, qPrintable(QStringLiteral("turn of %1 at sample %2").arg(turn).arg(i)));
    }
}

void TestFlowPath::parallelFlowsTakeLanes()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("a"), QStringLiteral("A"), {0, 0, 100, 50})
        .box(ElementKind::Entity, QStringLiteral("b"), QStringLiteral("B"), {300, 0, 100, 50})
        .flow(QStringLiteral("f1"), QStringLiteral("a"), QStringLiteral("b"))
        .flow(QStringLiteral("f2"), QStringLiteral("b"), QStringLiteral("a"))
        .flow(QStringLiteral("f3"), QStringLiteral("a"), QStringLiteral("b"))
        .flow(QStringLiteral("routed"), QStringLiteral("a"), QStringLiteral("b"), {{200, 200}});
    const Diagram& d = b.current();
    QVector<const Element*> between;
    for (const Element& e : d.elements)
        if (e.kind == ElementKind::Flow)
            between.append(&e);
    const Element& f1 = d.elements[2];
    const Element& f2 = d.elements[3];
    const Element& f3 = d.elements[4];
    // Three straight flows: lanes one spacing apart, centred on the line; f2 runs the other
    // way, so its offset to its own left is the opposite sign for the middle lane's side.
    QCOMPARE(FlowPath::laneOffset(f1, between), -FlowPath::laneSpacing);
    QCOMPARE(FlowPath::laneOffset(f2, between), 0.0);
    QCOMPARE(FlowPath::laneOffset(f3, between), FlowPath::laneSpacing);
    // A flow its user routed keeps its own path; a flow alone has no lane.
    QCOMPARE(FlowPath::laneOffset(d.elements[5], between), 0.0);
    QCOMPARE(FlowPath::laneOffset(f1, {&f1}), 0.0);
    // Two flows in opposite directions land on opposite sides of the centres' line.
    const double there = FlowPath::laneOffset(f1, {&f1, &f2});
    const double back = FlowPath::laneOffset(f2, {&f1, &f2});
    QCOMPARE(there, -FlowPath::laneSpacing / 2);
    QCOMPARE(back, -FlowPath::laneSpacing / 2); // to its own left, which is f1's right
}

QTEST_GUILESS_MAIN(TestFlowPath)
#include "tst_flowpath.moc"
