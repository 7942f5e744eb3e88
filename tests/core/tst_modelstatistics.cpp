#include "ModelBuilder.h"
#include "model/ModelStatistics.h"

#include <QTest>

using namespace latch;
using latch::test::ModelBuilder;

class TestModelStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsKindsAndStatuses();
};

void TestModelStatistics::countsKindsAndStatuses()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("User"), {0, 0, 10, 10})
        .box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("API"), {50, 0, 10, 10})
        .flow(QStringLiteral("f"), QStringLiteral("u"), QStringLiteral("p"))
        .region(QStringLiteral("b"), {40, -10, 100, 100});
    b.diagram(QStringLiteral("d-2"), QStringLiteral("Second"))
        .box(ElementKind::Store, QStringLiteral("s"), QStringLiteral("DB"), {0, 0, 10, 10})
        .box(ElementKind::Note, QStringLiteral("n"), QStringLiteral("Note"), {0, 50, 10, 10});
    auto threat = [](const char* id, ThreatStatus status, bool obsolete) {
        Threat t;
        t.id = QString::fromLatin1(id);
        t.element = QStringLiteral("p");
        t.category = QStringLiteral("spoofing");
        t.status = status;
        t.obsolete = obsolete;
        return t;
    };
    b.threat(threat("t1", ThreatStatus::Open, false))
        .threat(threat("t2", ThreatStatus::Open, false))
        .threat(threat("t3", ThreatStatus::Mitigated, false))
        .threat(threat("t4", ThreatStatus::Open, true));
    b.mitigation({QStringLiteral("m"), QStringLiteral("Fix"), {}, MitigationStatus::Proposed});

    const ModelStatistics stats = ModelStatistics::of(b.model());
    QCOMPARE(stats.diagrams, 2);
    QCOMPARE(stats.elementsByKind.value(ElementKind::Entity), 1);
    QCOMPARE(stats.elementsByKind.value(ElementKind::Process), 1);
    QCOMPARE(stats.elementsByKind.value(ElementKind::Store), 1);
    QCOMPARE(stats.elementsByKind.value(ElementKind::Flow), 1);
    QCOMPARE(stats.elementsByKind.value(ElementKind::Boundary), 1);
    QCOMPARE(stats.elementsByKind.value(ElementKind::Note), 1);
    QCOMPARE(stats.totalThreats, 4);
    // Obsolete threats are counted apart, so the parts add up to the total.
    QCOMPARE(stats.threatsByStatus.value(ThreatStatus::Open), 2);
    QCOMPARE(stats.threatsByStatus.value(ThreatStatus::Mitigated), 1);
    QCOMPARE(stats.threatsByStatus.value(ThreatStatus::Accepted), 0);
    QCOMPARE(stats.obsoleteThreats, 1);
    QCOMPARE(stats.mitigations, 1);
}

QTEST_GUILESS_MAIN(TestModelStatistics)
#include "tst_modelstatistics.moc"
