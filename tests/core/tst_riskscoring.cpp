#include "engine/RiskScoring.h"

#include <QTest>

using namespace latch;

Q_DECLARE_METATYPE(latch::DreadScore)

class TestRiskScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dreadBands_data();
    void dreadBands();
    void matrixBands();
    void threatUnderEitherMethod();
};

void TestRiskScoring::dreadBands_data()
{
    QTest::addColumn<DreadScore>("score");
    QTest::addColumn<QString>("band");
    QTest::newRow("all ones") << DreadScore{1, 1, 1, 1, 1} << "low";
    QTest::newRow("3.8") << DreadScore{3, 4, 4, 4, 4} << "low";
    QTest::newRow("4.0") << DreadScore{4, 4, 4, 4, 4} << "medium";
    QTest::newRow("5.8") << DreadScore{6, 6, 6, 6, 5} << "medium";
    QTest::newRow("6.0") << DreadScore{6, 6, 6, 6, 6} << "high";
    QTest::newRow("7.8") << DreadScore{8, 8, 8, 8, 7} << "high";
    QTest::newRow("8.0") << DreadScore{8, 8, 8, 8, 8} << "critical";
    QTest::newRow("all tens") << DreadScore{10, 10, 10, 10, 10} << "critical";
}

void TestRiskScoring::dreadBands()
{
    QFETCH(DreadScore, score);
    QFETCH(QString, band);
    QCOMPARE(RiskScoring::bandName(RiskScoring::bandOfDread(score.composite())), band);
}

void TestRiskScoring::matrixBands()
{
    QCOMPARE(RiskScoring::bandOfMatrix(4), RiskBand::Low);
    QCOMPARE(RiskScoring::bandOfMatrix(5), RiskBand::Medium);
    QCOMPARE(RiskScoring::bandOfMatrix(9), RiskBand::Medium);
    QCOMPARE(RiskScoring::bandOfMatrix(10), RiskBand::High);
    QCOMPARE(RiskScoring::bandOfMatrix(16), RiskBand::High);
    QCOMPARE(RiskScoring::bandOfMatrix(20), RiskBand::Critical);
}

void TestRiskScoring::threatUnderEitherMethod()
{
    Threat t;
    QCOMPARE(RiskScoring::bandOf(t, RiskMethod::Dread), RiskBand::Unscored);
    QCOMPARE(RiskScoring::sortKey(t, RiskMethod::Dread), 0.0);
    t.dread = DreadScore{9, 9, 9, 9, 8};
    t.risk = RiskRating{2, 2};
    QCOMPARE(RiskScoring::bandOf(t, RiskMethod::Dread), RiskBand::Critical);
    QCOMPARE(RiskScoring::bandOf(t, RiskMethod::Matrix), RiskBand::Low);
    QCOMPARE(RiskScoring::sortKey(t, RiskMethod::Dread), 8.8);
    QCOMPARE(RiskScoring::sortKey(t, RiskMethod::Matrix), 1.6);
}

QTEST_GUILESS_MAIN(TestRiskScoring)
#include "tst_riskscoring.moc"
