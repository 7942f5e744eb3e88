// The register's domain edits: each gives the register as it is to be, or nothing when the
// edit would change nothing; links go both ways, a removed mitigation leaves no dangling link,
// a purge takes only obsolete threats, a manual threat is the team's.
#include "ModelBuilder.h"
#include "engine/ThreatText.h"
#include "register/RegisterEdits.h"

#include <QTest>

using namespace latch;
using namespace latch::test;

namespace {

Model sample()
{
    ModelBuilder b;
    b.box(ElementKind::Process, QStringLiteral("api"), QStringLiteral("API"), {0, 0, 100, 100});
    Threat a;
    a.id = QStringLiteral("t-a");
    a.element = QStringLiteral("api");
    a.title = QStringLiteral("Spoofed caller");
    a.category = QStringLiteral("spoofing");
    a.origin = ThreatOrigin::Manual;
    a.mitigations = {QStringLiteral("m-1")};
    Threat old = a;
    old.id = QStringLiteral("t-old");
    old.obsolete = true;
    Threat other = a;
    other.id = QStringLiteral("t-b");
    other.mitigations = {QStringLiteral("m-1"), QStringLiteral("m-2")};
    b.threat(a).threat(old).threat(other);
    Mitigation m1;
    m1.id = QStringLiteral("m-1");
    m1.title = QStringLiteral("Mutual TLS");
    Mitigation m2;
    m2.id = QStringLiteral("m-2");
    m2.title = QStringLiteral("Signed tokens");
    b.mitigation(m1).mitigation(m2);
    return b.model();
}

} // namespace

class TestRegisterEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkAndUnlink();
    void addAndRemoveMitigation();
    void purgeTakesOnlyObsolete();
    void manualThreatIsTheTeams();
    void rewordMarksGeneratedThreats();
};

void TestRegisterEdits::linkAndUnlink()
{
    const Model model = sample();
    const auto linked = RegisterEdits::linked(model, QStringLiteral("t-a"), QStringLiteral("m-2"));
    QVERIFY(linked);
    QCOMPARE(linked->mitigations, (QStringList{QStringLiteral("m-1"), QStringLiteral("m-2")}));
    // Already linked, an unknown mitigation, an unknown threat: nothing to do.
    QVERIFY(!RegisterEdits::linked(model, QStringLiteral("t-a"), QStringLiteral("m-1")));
    QVERIFY(!RegisterEdits::linked(model, QStringLiteral("t-a"), QStringLiteral("m-9")));
    QVERIFY(!RegisterEdits::linked(model, QStringLiteral("t-9"), QStringLiteral("m-2")));
    const auto unlinked =
        RegisterEdits::unlinked(model, QStringLiteral("t-b"), QStringLiteral("m-1"));
    QVERIFY(unlinked);
    QCOMPARE(unlinked->mitigations, QStringList{QStringLiteral("m-2")});
    QVERIFY(!RegisterEdits::unlinked(model, QStringLiteral("t-a"), QStringLiteral("m-2")));
}

void TestRegisterEdits::addAndRemoveMitigation()
{
    const Model model = sample();
    Mitigation rate;
    rate.id = QStringLiteral("m-3");
    rate.title = QStringLiteral("Rate limits");
    const auto added = RegisterEdits::withMitigation(model, rate, QStringLiteral("t-b"));
    QVERIFY(added);
    QCOMPARE(added->mitigations.size(), 3);
    QCOMPARE(added->mitigations.last().id, QStringLiteral("m-3"));
    QCOMPARE(added->threats.at(2).mitigations.last(), QStringLiteral("m-3"));
    QCOMPARE(added->threats.at(0).mitigations, QStringList{QStringLiteral("m-1")});
    // Its id taken already, or no title: refused.
    rate.id = QStringLiteral("m-1");
    QVERIFY(!RegisterEdits::withMitigation(model, rate));
    rate.id = QStringLiteral("m-4");
    rate.title = QStringLiteral("  ");
    QVERIFY(!RegisterEdits::withMitigation(model, rate));

    const auto removed = RegisterEdits::withoutMitigation(model, QStringLiteral("m-1"));
    QVERIFY(removed);
    QCOMPARE(removed->mitigations.size(), 1);
    QCOMPARE(removed->mitigations.first().id, QStringLiteral("m-2"));
    for (const Threat& t : removed->threats)
        QVERIFY2(!t.mitigations.contains(QStringLiteral("m-1")), qPrintable(t.id));
    QCOMPARE(removed->threats.at(2).mitigations, QStringList{QStringLiteral("m-2")});
    QVERIFY(!RegisterEdits::withoutMitigation(model, QStringLiteral("m-9")));
}

void TestRegisterEdits::purgeTakesOnlyObsolete()
{
    Model model = sample();
    int removed = -1;
    const auto purged = RegisterEdits::purged(model, &removed);
    QVERIFY(purged);
    QCOMPARE(removed, 1);
    QCOMPARE(purged->threats.size(), 2);
    QCOMPARE(purged->threats.at(0).id, QStringLiteral("t-a"));
    QCOMPARE(purged->threats.at(1).id, QStringLiteral("t-b"));
    QCOMPARE(purged->mitigations.size(), 2);
    model.threats = purged->threats;
    QVERIFY(!RegisterEdits::purged(model, &removed));
    QCOMPARE(removed, 0);
}

void TestRegisterEdits::manualThreatIsTheTeams()
{
    const Model model = sample();
    Threat t;
    t.id = QStringLiteral("t-new");
    t.element = QStringLiteral("api");
    t.title = QStringLiteral("Replay of signed requests");
    t.rule = QStringLiteral("LATCH-X"); // not the team's to claim
    t.origin = ThreatOrigin::Generated;
    const auto added = RegisterEdits::withManualThreat(model, t);
    QVERIFY(added);
    QCOMPARE(added->threats.size(), 4);
    QCOMPARE(added->threats.last().origin, ThreatOrigin::Manual);
    QVERIFY(added->threats.last().rule.isEmpty());
    // On no element of the model, without a title, or with an id in use: refused.
    t.element = QStringLiteral("gone");
    QVERIFY(!RegisterEdits::withManualThreat(model, t));
    t.element = QStringLiteral("api");
    t.title.clear();
    QVERIFY(!RegisterEdits::withManualThreat(model, t));
    t.title = QStringLiteral("x");
    t.id = QStringLiteral("t-a");
    QVERIFY(!RegisterEdits::withManualThreat(model, t));
}

void TestRegisterEdits::rewordMarksGeneratedThreats()
{
    const Model model = sample();
    const ThreatText text(model);
    Threat generated = model.threats.first();
    generated.origin = ThreatOrigin::Generated;
    generated.description = QStringLiteral("As the rule put it.");
    const Threat same = RegisterEdits::reworded(generated, text, generated.title,
                                                QStringLiteral("As the rule put it."));
    QVERIFY(!same.textEdited);
    const Threat changed = RegisterEdits::reworded(generated, text, QStringLiteral("Our words"),
                                                   QStringLiteral("As the rule put it."));
    QVERIFY(changed.textEdited);
    QCOMPARE(changed.title, QStringLiteral("Our words"));
    const Threat manual =
        RegisterEdits::reworded(model.threats.first(), text, QStringLiteral("Ours"), QString());
    QVERIFY(!manual.textEdited);
    QCOMPARE(manual.title, QStringLiteral("Ours"));
}

QTEST_GUILESS_MAIN(TestRegisterEdits)
#include "tst_registeredits.moc"
