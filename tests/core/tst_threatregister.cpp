// The one register order and numbering every view shares: live before obsolete, highest risk
// first, ties by category, title and id; elements numbered in diagram order without
// boundaries; the filter; names resolved; descriptions rendered only when asked for.
#include "ModelBuilder.h"
#include "register/ThreatRegister.h"

#include <QTest>

using namespace latch;
using namespace latch::test;

namespace {

Threat threat(const QString& id, const QString& element, const QString& category,
              const QString& title, int dread)
{
    Threat t;
    t.id = id;
    t.element = element;
    t.category = category;
    t.title = title;
    t.origin = ThreatOrigin::Manual;
    t.description = QStringLiteral("About ") + title;
    if (dread > 0)
        t.dread = DreadScore{dread, dread, dread, dread, dread};
    return t;
}

QStringList idsOf(const ThreatRegister& r)
{
    QStringList ids;
    for (const RegisterEntry& entry : r.entries())
        ids << entry.threat->id;
    return ids;
}

Model sample()
{
    ModelBuilder b;
    b.diagram(QStringLiteral("d1"), QStringLiteral("Context"))
        .region(QStringLiteral("b"), {-10, -10, 500, 500})
        .box(ElementKind::Entity, QStringLiteral("user"), QStringLiteral("User"), {0, 0, 100, 50})
        .box(ElementKind::Process, QStringLiteral("api"), QStringLiteral("API"), {300, 0, 100, 50})
        .flow(QStringLiteral("f"), QStringLiteral("user"), QStringLiteral("api"))
        .diagram(QStringLiteral("d2"), QStringLiteral("Storage"))
        .box(ElementKind::Store, QStringLiteral("db"), QStringLiteral("DB"), {0, 0, 100, 50});
    // Two at 8 (critical) that differ in category, two at 5 that differ only in title, two
    // with the same category and title (told apart by id), an unscored one, an obsolete one
    // with the highest score, and a closed one.
    b.threat(threat(QStringLiteral("t-e"), QStringLiteral("api"), QStringLiteral("tampering"),
                    QStringLiteral("Alter"), 8))
        .threat(threat(QStringLiteral("t-a"), QStringLiteral("user"), QStringLiteral("spoofing"),
                       QStringLiteral("Pose"), 8))
        .threat(threat(QStringLiteral("t-z"), QStringLiteral("f"), QStringLiteral("tampering"),
                       QStringLiteral("Zap"), 5))
        .threat(threat(QStringLiteral("t-y"), QStringLiteral("f"), QStringLiteral("tampering"),
                       QStringLiteral("Bend"), 5))
        .threat(threat(QStringLiteral("t-2"), QStringLiteral("db"), QStringLiteral("repudiation"),
                       QStringLiteral("Deny"), 3))
        .threat(threat(QStringLiteral("t-1"), QStringLiteral("db"), QStringLiteral("repudiation"),
                       QStringLiteral("Deny"), 3))
        .threat(threat(QStringLiteral("t-u"), QStringLiteral("api"), QStringLiteral("spoofing"),
                       QStringLiteral("Unscored"), 0));
    Threat old = threat(QStringLiteral("t-old"), QStringLiteral("gone"), QStringLiteral("spoofing"),
                        QStringLiteral("Old"), 10);
    old.obsolete = true;
    b.threat(old);
    Threat closed = threat(QStringLiteral("t-closed"), QStringLiteral("user"),
                           QStringLiteral("spoofing"), QStringLiteral("Closed"), 9);
    closed.status = ThreatStatus::Mitigated;
    b.threat(closed);
    Mitigation m;
    m.id = QStringLiteral("m-1");
    m.title = QStringLiteral("Sign requests");
    b.mitigation(m);
    b.model().threats[0].mitigations = {QStringLiteral("m-1"), QStringLiteral("m-missing")};
    return b.model();
}

} // namespace

class TestThreatRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordersByRiskThenCategoryTitleAndId();
    void obsoleteLastWhenIncluded();
    void filterLeavesOutClosed();
    void numbersElementsInDiagramOrder();
    void resolvesNamesAndBands();
};

void TestThreatRegister::ordersByRiskThenCategoryTitleAndId()
{
    const Model model = sample();
    const ThreatRegister r(model, RegisterFilter{});
    QCOMPARE(idsOf(r),
             (QStringList{QStringLiteral("t-closed"), QStringLiteral("t-a"), QStringLiteral("t-e"),
                          QStringLiteral("t-y"), QStringLiteral("t-z"), QStringLiteral("t-1"),
                          QStringLiteral("t-2"), QStringLiteral("t-u")}));
}

void TestThreatRegister::obsoleteLastWhenIncluded()
{
    const Model model = sample();
    RegisterFilter all;
    all.includeObsolete = true;
    const ThreatRegister r(model, all);
    QCOMPARE(r.entries().size(), 9);
    QCOMPARE(r.entries().last().threat->id, QStringLiteral("t-old")); // despite its 10
    QVERIFY(ThreatRegister::before(model.threats.at(1), 8, model.threats.at(7), 10));
    QVERIFY(!ThreatRegister::before(model.threats.at(7), 10, model.threats.at(1), 8));
}

void TestThreatRegister::filterLeavesOutClosed()
{
    const Model model = sample();
    RegisterFilter open;
    open.includeClosed = false;
    const ThreatRegister r(model, open);
    QCOMPARE(idsOf(r),
             (QStringList{QStringLiteral("t-a"), QStringLiteral("t-e"), QStringLiteral("t-y"),
                          QStringLiteral("t-z"), QStringLiteral("t-1"), QStringLiteral("t-2"),
                          QStringLiteral("t-u")}));
}

void TestThreatRegister::numbersElementsInDiagramOrder()
{
    const Model model = sample();
    const ThreatRegister r(model, RegisterFilter{});
    // The boundary gets no number; the second diagram carries on counting.
    QCOMPARE(r.numberOf(QStringLiteral("b")), 0);
    QCOMPARE(r.numberOf(QStringLiteral("user")), 1);
    QCOMPARE(r.numberOf(QStringLiteral("api")), 2);
    QCOMPARE(r.numberOf(QStringLiteral("f")), 3);
    QCOMPARE(r.numberOf(QStringLiteral("db")), 4);
    QCOMPARE(r.numbers().size(), 4);
}

void TestThreatRegister::resolvesNamesAndBands()
{
    const Model model = sample();
    RegisterFilter all;
    all.includeObsolete = true;
    const ThreatRegister r(model, all);
    const RegisterEntry& alter = r.entries().at(2);
    QCOMPARE(alter.threat->id, QStringLiteral("t-e"));
    QCOMPARE(alter.elementName, QStringLiteral("API"));
    QCOMPARE(alter.elementNumber, 2);
    QCOMPARE(alter.diagramName, QStringLiteral("Context"));
    QCOMPARE(alter.mitigationTitles,
             (QStringList{QStringLiteral("Sign requests"), QStringLiteral("m-missing")}));
    QCOMPARE(alter.band, RiskBand::Critical);
    QCOMPARE(alter.riskKey, 8.0);
    QCOMPARE(r.description(alter), QStringLiteral("About Alter"));
    const RegisterEntry& stored = r.entries().at(5);
    QCOMPARE(stored.diagramName, QStringLiteral("Storage"));
    QCOMPARE(stored.band, RiskBand::Low);
    const RegisterEntry& old = r.entries().last();
    QCOMPARE(old.element, nullptr);
    QCOMPARE(old.elementName, QStringLiteral("(deleted)"));
    QCOMPARE(old.elementNumber, 0);
    QCOMPARE(r.entries().at(7).band, RiskBand::Unscored);
    QCOMPARE(ThreatRegister::readable(QStringLiteral("information_disclosure")),
             QStringLiteral("Information disclosure"));
}

QTEST_GUILESS_MAIN(TestThreatRegister)
#include "tst_threatregister.moc"
