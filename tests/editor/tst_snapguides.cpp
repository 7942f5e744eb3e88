// Alignment guides (SnapGuides): an edge or centre of the dragged box within reach of another
// box's edge or centre is pulled onto it, the nearest one per axis, with a guide line through
// the aligned coordinate spanning both boxes; beyond reach nothing moves.
#include "scene/SnapGuides.h"

#include <QTest>

using namespace latch;

class TestSnapGuides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingWithinReach();
    void leftEdgeOntoLeftEdge();
    void bothAxesAndTheNearestWins();
    void reachIsInclusive();
};

void TestSnapGuides::nothingWithinReach()
{
    const auto result = SnapGuides::snap({0, 0, 100, 50}, {{203, 100, 80, 40}}, 6);
    QCOMPARE(result.correction, QPointF(0, 0));
    QVERIFY(result.guides.isEmpty());
}

void TestSnapGuides::leftEdgeOntoLeftEdge()
{
    // Left at 198 against the other's left at 200: pulled 2 to the right; the centres (248
    // and 240) and right edges (298 and 280) are further apart than the reach.
    const auto result = SnapGuides::snap({198, 300, 100, 50}, {{200, 0, 80, 40}}, 6);
    QCOMPARE(result.correction, QPointF(2, 0));
    QCOMPARE(result.guides.size(), 1);
    // Vertical, at x = 200, from the other's top to the moved box's bottom.
    QCOMPARE(result.guides.first(), QLineF(200, 0, 200, 350));
}

void TestSnapGuides::bothAxesAndTheNearestWins()
{
    // x: the moved box's left 100, centre 150 and right 200 are each 1 from the first box's
    // 101, 151 and 201, nearer than its right edge to the second box's left 204. y: its top
    // 97 is 3 from the first box's top 100; its centre 117 and bottom 137 are 13 and 7 from
    // that box's 130 and 160 (beyond reach).
    const auto result =
        SnapGuides::snap({100, 97, 100, 40}, {{101, 100, 100, 60}, {204, 400, 50, 50}}, 6);
    QCOMPARE(result.correction, QPointF(1, 3));
    QCOMPARE(result.guides.size(), 2);
    // Through the aligned left edges (the first match of equal distance), then the tops,
    // each spanning the moved box (101, 100, 100 × 40) and the first box.
    QCOMPARE(result.guides.at(0), QLineF(101, 100, 101, 160));
    QCOMPARE(result.guides.at(1), QLineF(101, 100, 201, 100));
}

void TestSnapGuides::reachIsInclusive()
{
    QCOMPARE(SnapGuides::snap({0, 0, 10, 10}, {{16, 100, 10, 10}}, 6).correction, QPointF(6, 0));
    QCOMPARE(SnapGuides::snap({0, 0, 10, 10}, {{17, 100, 10, 10}}, 6).correction, QPointF(0, 0));
}

QTEST_GUILESS_MAIN(TestSnapGuides)
#include "tst_snapguides.moc"
