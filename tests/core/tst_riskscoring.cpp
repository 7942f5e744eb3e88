#include "engine/RiskScoring.h"
#include "engine/RiskSummary.h"

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
    void summaryCountsUnresolvedThreatsOnly();
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
    QCOMPARE(RiskScoring::scoreText(t, RiskMethod::Dread), QString());
    QCOMPARE(RiskScoring::scoreText(t, RiskMethod::Matrix), QString());
    t.dread = DreadScore{9, 9, 9, 9, 8};
    t.risk = RiskRating{2, 2};
    QCOMPARE(RiskScoring::bandOf(t, RiskMethod::Dread), RiskBand::Critical);
    QCOMPARE(RiskScoring::bandOf(t, RiskMethod::Matrix), RiskBand::Low);
    QCOMPARE(RiskScoring::sortKey(t, RiskMethod::Dread), 8.8);
    QCOMPARE(RiskScoring::sortKey(t, RiskMethod::Matrix), 1.6);
    // The mean of 9, 9, 9, 9 and 8 to one decimal; likelihood before impact.
    QCOMPARE(RiskScoring::scoreText(t, RiskMethod::Dread), QStringLiteral("8.8"));
    t.risk = RiskRating{3, 4};
    QCOMPARE(RiskScoring::scoreText(t, RiskMethod::Matrix), QStringLiteral("3 × 4"));
}

void TestRiskScoring::summaryCountsUnresolvedThreatsOnly()
{
    Model model;
    auto threat = [&](const QString& element, ThreatStatus status, std::optional<DreadScore> dread,
                      bool obsolete = false) {
        Threat t;
        t.id = QStringLiteral("t-%1").arg(model.threats.size());
        t.element = element;
        t.status = status;
        t.dread = dread;
        t.obsolete = obsolete;
        model.threats.append(t);
    };
    threat(QStringLiteral("a"), ThreatStatus::Open, DreadScore{5, 5, 5, 5, 5});       // medium
    threat(QStringLiteral("a"), ThreatStatus::InProgress, DreadScore{9, 9, 9, 9, 9}); // critical
    threat(QStringLiteral("a"), ThreatStatus::Mitigated, DreadScore{9, 9, 9, 9, 9});
    threat(QStringLiteral("a"), ThreatStatus::Open, DreadScore{9, 9, 9, 9, 9}, true); // obsolete
    threat(QStringLiteral("b"), ThreatStatus::Open, std::nullopt);
    threat(QStringLiteral("c"), ThreatStatus::Accepted, DreadScore{2, 2, 2, 2, 2});

    const RiskSummary summary = RiskSummary::of(model);
    QCOMPARE(summary.unresolved(), 3);
    QCOMPARE(summary.forElement(QStringLiteral("a")).unresolved, 2);
    QCOMPARE(summary.forElement(QStringLiteral("a")).highest, RiskBand::Critical);
    QCOMPARE(summary.forElement(QStringLiteral("b")).unresolved, 1);
    QCOMPARE(summary.forElement(QStringLiteral("b")).highest, RiskBand::Unscored);
    QCOMPARE(summary.forElement(QStringLiteral("c")).unresolved, 0);
    QCOMPARE(summary.unresolvedIn(RiskBand::Critical), 1);
    QCOMPARE(summary.unresolvedIn(RiskBand::Medium), 1);
    QCOMPARE(summary.unresolvedIn(RiskBand::Unscored), 1);
    QCOMPARE(summary.unresolvedIn(RiskBand::High), 0);

    // Under the matrix method the same threats are unscored until rated.
    model.riskMethod = RiskMethod::Matrix;
    model.threats[1].risk = RiskRating{2, 3};
    const RiskSummary matrix = RiskSummary::of(model);
    QCOMPARE(matrix.forElement(QStringLiteral("a")).highest, RiskBand::Medium);
    QCOMPARE(matrix.unresolvedIn(RiskBand::Unscored), 2);
}

QTEST_GUILESS_MAIN(TestRiskScoring)
#include "tst_riskscoring.moc"
