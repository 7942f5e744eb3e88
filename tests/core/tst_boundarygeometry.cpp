#include "ModelBuilder.h"
#include "model/BoundaryGeometry.h"

#include <QRandomGenerator>
#include <QTest>

using namespace latch;
using latch::test::ModelBuilder;

Q_DECLARE_METATYPE(latch::Point)

class TestBoundaryGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segmentsIntersect_data();
    void segmentsIntersect();
    void regionCrossing();
    void nestedRegions();
    void lineBoundaryFollowsBends();
    void danglingFlowCrossesNothing();
    void regionsAroundOutermostFirst();
    void gridAgreesWithBruteForce();
};

void TestBoundaryGeometry::segmentsIntersect_data()
{
    QTest::addColumn<Point>("a1");
    QTest::addColumn<Point>("a2");
    QTest::addColumn<Point>("b1");
    QTest::addColumn<Point>("b2");
    QTest::addColumn<bool>("expected");
    QTest::newRow("proper cross") << Point{0, 0} << Point{10, 10} << Point{0, 10} << Point{10, 0}
                                  << true;
    QTest::newRow("parallel") << Point{0, 0} << Point{10, 0} << Point{0, 5} << Point{10, 5}
                              << false;
    QTest::newRow("apart on one line")
        << Point{0, 0} << Point{4, 0} << Point{5, 0} << Point{9, 0} << false;
    QTest::newRow("collinear overlap")
        << Point{0, 0} << Point{6, 0} << Point{5, 0} << Point{9, 0} << true;
    QTest::newRow("touching at an end")
        << Point{0, 0} << Point{5, 5} << Point{5, 5} << Point{9, 0} << true;
    QTest::newRow("T junction") << Point{0, 0} << Point{10, 0} << Point{5, 0} << Point{5, 8}
                                << true;
    QTest::newRow("near miss") << Point{0, 0} << Point{10, 0} << Point{5, 1} << Point{5, 8}
                               << false;
    QTest::newRow("large coordinates")
        << Point{-10'000'000, -10'000'000} << Point{10'000'000, 10'000'000}
        << Point{-10'000'000, 10'000'000} << Point{10'000'000, -10'000'000} << true;
}

void TestBoundaryGeometry::segmentsIntersect()
{
    QFETCH(Point, a1);
    QFETCH(Point, a2);
    QFETCH(Point, b1);
    QFETCH(Point, b2);
    QFETCH(bool, expected);
    QCOMPARE(BoundaryGeometry::segmentsIntersect(a1, a2, b1, b2), expected);
    // Symmetric in both the segments and their direction.
    QCOMPARE(BoundaryGeometry::segmentsIntersect(b1, b2, a1, a2), expected);
    QCOMPARE(BoundaryGeometry::segmentsIntersect(a2, a1, b2, b1), expected);
}

void TestBoundaryGeometry::regionCrossing()
{
    ModelBuilder b;
    b.region(QStringLiteral("dmz"), {200, 0, 300, 300})
        .box(ElementKind::Entity, QStringLiteral("user"), QStringLiteral("User"), {0, 100, 100, 50})
        .box(ElementKind::Process, QStringLiteral("gw"), QStringLiteral("Gateway"),
             {300, 100, 100, 100})
        .box(ElementKind::Process, QStringLiteral("gw2"), QStringLiteral("Gateway 2"),
             {250, 220, 60, 60})
        .flow(QStringLiteral("in"), QStringLiteral("user"), QStringLiteral("gw"))
        .flow(QStringLiteral("inside"), QStringLiteral("gw"), QStringLiteral("gw2"))
        .flow(QStringLiteral("out"), QStringLiteral("gw"), QStringLiteral("user"));
    const Diagram& d = b.current();
    BoundaryGeometry geometry(d);
    QCOMPARE(geometry.crossings(*d.findElement(QStringLiteral("in"))),
             QStringList{QStringLiteral("dmz")});
    QCOMPARE(geometry.crossings(*d.findElement(QStringLiteral("out"))),
             QStringList{QStringLiteral("dmz")});
    QVERIFY(!geometry.crossesAny(*d.findElement(QStringLiteral("inside"))));
}

void TestBoundaryGeometry::nestedRegions()
{
    // internet | corporate network { datacentre { db } }
    ModelBuilder b;
    b.region(QStringLiteral("corp"), {100, 0, 900, 600})
        .region(QStringLiteral("dc"), {500, 100, 400, 400})
        .box(ElementKind::Entity, QStringLiteral("user"), QStringLiteral("User"), {0, 0, 80, 40})
        .box(ElementKind::Process, QStringLiteral("app"), QStringLiteral("App"), {200, 200, 80, 80})
        .box(ElementKind::Store, QStringLiteral("db"), QStringLiteral("DB"), {600, 200, 100, 50})
        .flow(QStringLiteral("user-db"), QStringLiteral("user"), QStringLiteral("db"))
        .flow(QStringLiteral("app-db"), QStringLiteral("app"), QStringLiteral("db"))
        .flow(QStringLiteral("user-app"), QStringLiteral("user"), QStringLiteral("app"));
    const Diagram& d = b.current();
    BoundaryGeometry geometry(d);
    QCOMPARE(geometry.crossings(*d.findElement(QStringLiteral("user-db"))),
             (QStringList{QStringLiteral("corp"), QStringLiteral("dc")}));
    QCOMPARE(geometry.crossings(*d.findElement(QStringLiteral("app-db"))),
             QStringList{QStringLiteral("dc")});
    QCOMPARE(geometry.crossings(*d.findElement(QStringLiteral("user-app"))),
             QStringList{QStringLiteral("corp")});
}

void TestBoundaryGeometry::lineBoundaryFollowsBends()
{
    // A vertical line boundary at x = 500 from y = 0 to y = 300.
    ModelBuilder b;
    b.line(QStringLiteral("wall"), {{500, 0}, {500, 300}})
        .box(ElementKind::Process, QStringLiteral("a"), QStringLiteral("A"), {100, 100, 100, 100})
        .box(ElementKind::Process, QStringLiteral("b"), QStringLiteral("B"), {800, 100, 100, 100})
        .flow(QStringLiteral("straight"), QStringLiteral("a"), QStringLiteral("b"))
        // Routed below the end of the wall: no crossing.
        .flow(QStringLiteral("around"), QStringLiteral("a"), QStringLiteral("b"),
              {{150, 400}, {850, 400}});
    const Diagram& d = b.current();
    BoundaryGeometry geometry(d);
    QCOMPARE(geometry.crossings(*d.findElement(QStringLiteral("straight"))),
             QStringList{QStringLiteral("wall")});
    QVERIFY(!geometry.crossesAny(*d.findElement(QStringLiteral("around"))));
    QCOMPARE(geometry.flowPath(*d.findElement(QStringLiteral("around"))).size(), 4);
}

void TestBoundaryGeometry::danglingFlowCrossesNothing()
{
    ModelBuilder b;
    b.region(QStringLiteral("zone"), {0, 0, 100, 100})
        .box(ElementKind::Process, QStringLiteral("a"), QStringLiteral("A"), {10, 10, 20, 20})
        .flow(QStringLiteral("f"), QStringLiteral("a"), QStringLiteral("missing"));
    const Diagram& d = b.current();
    BoundaryGeometry geometry(d);
    QVERIFY(geometry.crossings(*d.findElement(QStringLiteral("f"))).isEmpty());
    QVERIFY(geometry.flowPath(*d.findElement(QStringLiteral("f"))).isEmpty());
}

void TestBoundaryGeometry::regionsAroundOutermostFirst()
{
    ModelBuilder b;
    b.region(QStringLiteral("inner"), {50, 50, 100, 100})
        .region(QStringLiteral("outer"), {0, 0, 400, 400})
        .region(QStringLiteral("elsewhere"), {500, 0, 100, 100})
        .box(ElementKind::Store, QStringLiteral("s"), QStringLiteral("S"), {60, 60, 40, 40});
    const Diagram& d = b.current();
    BoundaryGeometry geometry(d);
    QCOMPARE(geometry.regionsAround(*d.findElement(QStringLiteral("s"))),
             (QStringList{QStringLiteral("outer"), QStringLiteral("inner")}));
}

void TestBoundaryGeometry::gridAgreesWithBruteForce()
{
    // Random geometry over a wide area, negative coordinates and huge boundaries included:
    // the grid must find exactly what testing every boundary finds.
    QRandomGenerator random(42);
    auto coordinate = [&](int span) { return int(random.bounded(2 * span)) - span; };
    ModelBuilder b;
    for (int i = 0; i < 300; ++i) {
        const QString id = QStringLiteral("b%1").arg(i);
        const int size = i % 50 == 0 ? 200'000 : 100 + int(random.bounded(5000));
        if (i % 3 == 0) {
            b.line(id, {{coordinate(60'000), coordinate(60'000)},
                        {coordinate(60'000), coordinate(60'000)},
                        {coordinate(60'000), coordinate(60'000)}});
        } else {
            b.region(id, {coordinate(60'000), coordinate(60'000), size, size});
        }
    }
    for (int i = 0; i < 400; ++i) {
        b.box(ElementKind::Process, QStringLiteral("p%1").arg(i), QStringLiteral("P"),
              {coordinate(60'000), coordinate(60'000), 100, 100});
    }
    for (int i = 0; i < 1000; ++i) {
        QVector<Point> bends;
        if (i % 4 == 0)
            bends.append({coordinate(60'000), coordinate(60'000)});
        b.flow(QStringLiteral("f%1").arg(i), QStringLiteral("p%1").arg(random.bounded(400)),
               QStringLiteral("p%1").arg(random.bounded(400)), bends);
    }
    const Diagram& d = b.current();
    const BoundaryGeometry geometry(d);
    int total = 0;
    for (const Element& flow : d.elements) {
        if (flow.kind != ElementKind::Flow)
            continue;
        const QVector<Point> path = geometry.flowPath(flow);
        QStringList expected;
        for (const Element& boundary : d.elements) {
            if (boundary.isRegionBoundary() &&
                boundary.bounds.contains(path.first()) != boundary.bounds.contains(path.last()))
                expected.append(boundary.id);
            if (boundary.isLineBoundary() &&
                BoundaryGeometry::polylinesIntersect(path, boundary.points))
                expected.append(boundary.id);
        }
        QCOMPARE(geometry.crossings(flow), expected);
        total += int(expected.size());
    }
    QVERIFY(total > 250); // the data really exercises crossings
}

QTEST_GUILESS_MAIN(TestBoundaryGeometry)
#include "tst_boundarygeometry.moc"
