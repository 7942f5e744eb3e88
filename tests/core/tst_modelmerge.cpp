// The three-way merge (ModelMerge) and settling its conflicts (ConflictResolution). Each case
// makes two edits of one small model, as two branches would, and states by hand what a merge
// must keep (README, "Merging two branches").
#include "ModelBuilder.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "format/ModelChecks.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "merge/ConflictResolution.h"
#include "merge/ConflictText.h"
#include "merge/ModelMerge.h"

#include <QTest>

using namespace latch;
using namespace latch::test;

namespace {

// A client calling an API inside a DMZ, one threat on the API and one mitigation.
Model base()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("client"), QStringLiteral("Client"), {0, 100, 80, 60})
        .region(QStringLiteral("dmz"), {200, 0, 400, 400})
        .box(ElementKind::Process, QStringLiteral("api"), QStringLiteral("API"), {300, 100, 80, 60},
             {{QStringLiteral("authenticates"), false}})
        .box(ElementKind::Store, QStringLiteral("db"), QStringLiteral("Orders"), {300, 250, 80, 60})
        .flow(QStringLiteral("call"), QStringLiteral("client"), QStringLiteral("api"), {},
              QStringLiteral("GET /orders"))
        .flow(QStringLiteral("query"), QStringLiteral("api"), QStringLiteral("db"), {},
              QStringLiteral("SELECT"));
    Threat t;
    t.id = QStringLiteral("t-1");
    t.element = QStringLiteral("api");
    t.category = QStringLiteral("spoofing");
    t.title = QStringLiteral("Spoofed caller");
    b.threat(t);
    Mitigation m;
    m.id = QStringLiteral("m-1");
    m.title = QStringLiteral("Mutual TLS");
    b.mitigation(m);
    return b.model();
}

Element* element(Model& model, const QString& id)
{
    for (Diagram& d : model.diagrams) {
        if (Element* e = d.findElement(id))
            return e;
    }
    return nullptr;
}

Threat& threat(Model& model, const QString& id)
{
    for (Threat& t : model.threats) {
        if (t.id == id)
            return t;
    }
    qFatal("no threat %s", qPrintable(id));
}

void removeElement(Model& model, const QString& id)
{
    // As the editor deletes: the element and the flows that touch it.
    QVector<Element>& list = model.diagrams[0].elements;
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const Element& e) {
                                  return e.id == id || e.source == id || e.target == id;
                              }),
               list.end());
}

Element process(const QString& id, const QString& name, int x)
{
    Element e;
    e.id = id;
    e.kind = ElementKind::Process;
    e.name = name;
    e.bounds = {x, 500, 80, 60};
    return e;
}

Element flow(const QString& id, const QString& source, const QString& target)
{
    Element e;
    e.id = id;
    e.kind = ElementKind::Flow;
    e.name = id;
    e.source = source;
    e.target = target;
    return e;
}

MergeResult merged(const Model& ours, const Model& theirs)
{
    MergeResult result = ModelMerge::merge(base(), ours, theirs);
    if (!result.error.isEmpty())
        qFatal("%s", qPrintable(result.error));
    if (auto problem = ModelChecks::firstProblem(result.model))
        qFatal("merge result invalid: %s", qPrintable(problem->toString(QStringLiteral("m"))));
    return result;
}

} // namespace

class TestModelMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void independentAdditionsAreAllKept();
    void sameChangeOnBothSidesIsNoConflict();
    void differentStatusesAreAConflict();
    void deletedOnOneSideEditedOnTheOther();
    void flowToAProcessTheOtherSideDeleted();
    void mitigationRemovedAndLinked();
    void layoutMergesOnItsOwn();
    void propertiesAndListsMergeItemByItem();
    void conflictsSurviveTheFile();
    void resolvingPicksASideOrAValue();
    void resolvingARemovalTakesWhatDependsOnIt();
    void registerIsDerivedOnce();
};

void TestModelMerge::independentAdditionsAreAllKept()
{
    Model ours = base();
    ours.diagrams[0].elements << process(QStringLiteral("audit"), QStringLiteral("Audit"), 0)
                              << flow(QStringLiteral("log"), QStringLiteral("api"),
                                      QStringLiteral("audit"));
    Threat manual;
    manual.id = QStringLiteral("t-ours");
    manual.element = QStringLiteral("audit");
    manual.category = QStringLiteral("repudiation");
    manual.title = QStringLiteral("Unsigned audit records");
    ours.threats << manual;
    Model theirs = base();
    theirs.diagrams[0].elements << process(QStringLiteral("fraud"), QStringLiteral("Fraud"), 400)
                                << flow(QStringLiteral("score"), QStringLiteral("api"),
                                        QStringLiteral("fraud"));
    Mitigation limit;
    limit.id = QStringLiteral("m-theirs");
    limit.title = QStringLiteral("Rate limit");
    theirs.mitigations << limit;
    threat(theirs, QStringLiteral("t-1")).mitigations << QStringLiteral("m-theirs");

    const MergeResult result = merged(ours, theirs);
    QVERIFY(result.model.conflicts.isEmpty());
    QVERIFY(result.notes.isEmpty());
    Model m = result.model;
    for (const char* id :
         {"client", "dmz", "api", "db", "call", "query", "audit", "log", "fraud", "score"})
        QVERIFY2(element(m, QLatin1String(id)), id);
    QCOMPARE(m.diagrams[0].elements.size(), 10);
    QCOMPARE(m.threats.size(), 2);
    QCOMPARE(m.findThreat(QStringLiteral("t-ours"))->title,
             QStringLiteral("Unsigned audit records"));
    QCOMPARE(m.mitigations.size(), 2);
    QCOMPARE(m.findThreat(QStringLiteral("t-1"))->mitigations,
             QStringList{QStringLiteral("m-theirs")});
    // Ours' additions first, then theirs', after what both had.
    QCOMPARE(m.diagrams[0].elements.at(6).id, QStringLiteral("audit"));
    QCOMPARE(m.diagrams[0].elements.at(8).id, QStringLiteral("fraud"));
}

void TestModelMerge::sameChangeOnBothSidesIsNoConflict()
{
    Model ours = base();
    element(ours, QStringLiteral("api"))->name = QStringLiteral("Orders API");
    threat(ours, QStringLiteral("t-1")).status = ThreatStatus::Mitigated;
    Model theirs = ours;
    element(theirs, QStringLiteral("db"))->description = QStringLiteral("PostgreSQL 15");
    const MergeResult result = merged(ours, theirs);
    QVERIFY(result.model.conflicts.isEmpty());
    Model m = result.model;
    QCOMPARE(element(m, QStringLiteral("api"))->name, QStringLiteral("Orders API"));
    QCOMPARE(element(m, QStringLiteral("db"))->description, QStringLiteral("PostgreSQL 15"));
    QCOMPARE(m.findThreat(QStringLiteral("t-1"))->status, ThreatStatus::Mitigated);
}

void TestModelMerge::differentStatusesAreAConflict()
{
    Model ours = base();
    threat(ours, QStringLiteral("t-1")).status = ThreatStatus::Mitigated;
    element(ours, QStringLiteral("api"))->name = QStringLiteral("Orders API");
    Model theirs = base();
    threat(theirs, QStringLiteral("t-1")).status = ThreatStatus::Accepted;
    threat(theirs, QStringLiteral("t-1")).justification = QStringLiteral("Internal callers only");
    element(theirs, QStringLiteral("api"))->name = QStringLiteral("Order service");

    const MergeResult result = merged(ours, theirs);
    const QVector<MergeConflict>& conflicts = result.model.conflicts;
    QCOMPARE(conflicts.size(), 2);
    const MergeConflict& name = conflicts.at(0);
    QCOMPARE(name.subject, QStringLiteral("element"));
    QCOMPARE(name.id, QStringLiteral("api"));
    QCOMPARE(name.field, QStringLiteral("name"));
    QCOMPARE(name.reason, QStringLiteral("changed"));
    QCOMPARE(name.base, QByteArray("\"API\""));
    QCOMPARE(name.ours, QByteArray("\"Orders API\""));
    QCOMPARE(name.theirs, QByteArray("\"Order service\""));
    const MergeConflict& status = conflicts.at(1);
    QCOMPARE(status.subject, QStringLiteral("threat"));
    QCOMPARE(status.field, QStringLiteral("status"));
    QCOMPARE(status.base, QByteArray("\"open\""));
    QCOMPARE(status.ours, QByteArray("\"mitigated\""));
    QCOMPARE(status.theirs, QByteArray("\"accepted\""));
    // Ours is held meanwhile; what only one side changed is merged.
    const Threat* t = result.model.findThreat(QStringLiteral("t-1"));
    QCOMPARE(t->status, ThreatStatus::Mitigated);
    QCOMPARE(t->justification, QStringLiteral("Internal callers only"));
    QCOMPARE(ConflictText::describe(result.model, status),
             QStringLiteral("threat t-1 \"Spoofed caller\" status: ours \"mitigated\", theirs "
                            "\"accepted\" (base \"open\")"));
}

void TestModelMerge::deletedOnOneSideEditedOnTheOther()
{
    Model ours = base();
    removeElement(ours, QStringLiteral("db")); // and the query flow
    Model theirs = base();
    element(theirs, QStringLiteral("db"))->name = QStringLiteral("Orders (encrypted)");

    const MergeResult result = merged(ours, theirs);
    QCOMPARE(result.model.conflicts.size(), 1);
    const MergeConflict& c = result.model.conflicts.at(0);
    QCOMPARE(c.subject, QStringLiteral("element"));
    QCOMPARE(c.id, QStringLiteral("db"));
    QVERIFY(c.field.isEmpty());
    QCOMPARE(c.reason, QStringLiteral("removed"));
    QCOMPARE(c.ours, QByteArray("null"));
    QVERIFY(c.theirs.contains("\"Orders (encrypted)\""));
    Model m = result.model;
    QCOMPARE(element(m, QStringLiteral("db"))->name, QStringLiteral("Orders (encrypted)"));
    // The flow nobody edited follows ours' deletion.
    QVERIFY(!element(m, QStringLiteral("query")));
    QCOMPARE(ConflictText::describe(m, c),
             QStringLiteral("element db \"Orders (encrypted)\": removed by ours, changed by "
                            "theirs (kept for now)"));
}

void TestModelMerge::flowToAProcessTheOtherSideDeleted()
{
    Model ours = base();
    removeElement(ours, QStringLiteral("api"));
    ours.threats.clear(); // its threat went with it
    Model theirs = base();
    theirs.diagrams[0].elements << flow(QStringLiteral("admin"), QStringLiteral("client"),
                                        QStringLiteral("api"));
    const MergeResult result = merged(ours, theirs);
    Model m = result.model;
    // Kept, or the new flow would dangle.
    QVERIFY(element(m, QStringLiteral("api")));
    QVERIFY(element(m, QStringLiteral("admin")));
    QVERIFY(!element(m, QStringLiteral("call")));
    QCOMPARE(m.conflicts.size(), 1);
    QCOMPARE(m.conflicts.at(0).subject, QStringLiteral("element"));
    QCOMPARE(m.conflicts.at(0).id, QStringLiteral("api"));
    QCOMPARE(m.conflicts.at(0).reason, QStringLiteral("in-use"));
    QCOMPARE(m.conflicts.at(0).ours, QByteArray("null"));
}

void TestModelMerge::mitigationRemovedAndLinked()
{
    Model ours = base();
    ours.mitigations.clear();
    Model theirs = base();
    threat(theirs, QStringLiteral("t-1")).mitigations << QStringLiteral("m-1");
    const MergeResult result = merged(ours, theirs);
    QCOMPARE(result.model.mitigations.size(), 1);
    QCOMPARE(result.model.findThreat(QStringLiteral("t-1"))->mitigations,
             QStringList{QStringLiteral("m-1")});
    QCOMPARE(result.model.conflicts.size(), 1);
    QCOMPARE(result.model.conflicts.at(0).subject, QStringLiteral("mitigation"));
    QCOMPARE(result.model.conflicts.at(0).reason, QStringLiteral("in-use"));
}

void TestModelMerge::layoutMergesOnItsOwn()
{
    // Moved on one side, renamed on the other: both. Moved on both: ours, with a note.
    Model ours = base();
    element(ours, QStringLiteral("client"))->bounds = {250, 100, 80, 60}; // into the DMZ
    element(ours, QStringLiteral("api"))->bounds.x = 320;
    Model theirs = base();
    element(theirs, QStringLiteral("client"))->properties[QStringLiteral("trusted")] = true;
    element(theirs, QStringLiteral("api"))->bounds = {340, 120, 100, 60};
    const MergeResult result = merged(ours, theirs);
    QVERIFY(result.model.conflicts.isEmpty());
    Model m = result.model;
    QCOMPARE(element(m, QStringLiteral("client"))->bounds, (Rect{250, 100, 80, 60}));
    QCOMPARE(element(m, QStringLiteral("client"))->properties.value(QStringLiteral("trusted")),
             QVariant(true));
    QCOMPARE(element(m, QStringLiteral("api"))->bounds, (Rect{320, 100, 80, 60}));
    QCOMPARE(result.notes.size(), 1);
    QVERIFY2(result.notes.at(0).contains(QStringLiteral("API (api)")),
             qPrintable(result.notes.at(0)));
}

void TestModelMerge::propertiesAndListsMergeItemByItem()
{
    Model ours = base();
    element(ours, QStringLiteral("api"))->properties[QStringLiteral("authenticates")] = true;
    ours.reviewers << QStringLiteral("Ada");
    threat(ours, QStringLiteral("t-1")).references << QStringLiteral("CWE-287");
    Model theirs = base();
    element(theirs, QStringLiteral("api"))->properties[QStringLiteral("encrypts")] = true;
    theirs.reviewers << QStringLiteral("Grace");
    threat(theirs, QStringLiteral("t-1")).references << QStringLiteral("CAPEC-151");
    threat(theirs, QStringLiteral("t-1")).dread = DreadScore{6, 5, 5, 5, 5};
    const MergeResult result = merged(ours, theirs);
    QVERIFY(result.model.conflicts.isEmpty());
    Model m = result.model;
    const QVariantMap expected = {{QStringLiteral("authenticates"), true},
                                  {QStringLiteral("encrypts"), true}};
    QCOMPARE(element(m, QStringLiteral("api"))->properties, expected);
    QCOMPARE(m.reviewers, (QStringList{QStringLiteral("Ada"), QStringLiteral("Grace")}));
    const Threat* t = m.findThreat(QStringLiteral("t-1"));
    QCOMPARE(t->references, (QStringList{QStringLiteral("CWE-287"), QStringLiteral("CAPEC-151")}));
    QCOMPARE(t->dread->damage, 6);

    // Scored from nothing on both sides, differently: one conflict on the score. Re-scored
    // from a common score: a conflict on the factor both changed, the rest merged.
    threat(ours, QStringLiteral("t-1")).dread = DreadScore{7, 5, 5, 5, 9};
    const MergeResult fresh = merged(ours, theirs);
    QCOMPARE(fresh.model.conflicts.size(), 1);
    QCOMPARE(fresh.model.conflicts.at(0).field, QStringLiteral("dread"));
    Model scoredBase = base();
    threat(scoredBase, QStringLiteral("t-1")).dread = DreadScore{5, 5, 5, 5, 5};
    const MergeResult rescored = ModelMerge::merge(scoredBase, ours, theirs);
    QCOMPARE(rescored.model.conflicts.size(), 1);
    QCOMPARE(rescored.model.conflicts.at(0).field, QStringLiteral("dread.damage"));
    QCOMPARE(rescored.model.conflicts.at(0).base, QByteArray("5"));
    QCOMPARE(rescored.model.findThreat(QStringLiteral("t-1"))->dread->damage, 7);
    QCOMPARE(rescored.model.findThreat(QStringLiteral("t-1"))->dread->discoverability, 9);
}

void TestModelMerge::conflictsSurviveTheFile()
{
    Model ours = base();
    threat(ours, QStringLiteral("t-1")).status = ThreatStatus::Mitigated;
    Model theirs = base();
    threat(theirs, QStringLiteral("t-1")).status = ThreatStatus::Accepted;
    const MergeResult result =
        ModelMerge::merge(base(), ours, theirs, {QStringLiteral("main"), QStringLiteral("topic")});
    const QByteArray text = TmodelWriter::write(result.model);
    QVERIFY(text.contains("\"version\": 7"));
    QVERIFY(text.contains("  \"conflicts\": [\n"));
    QVERIFY(!text.contains("<<<<<<<"));
    FormatError error;
    const auto read = TmodelReader::read(text, &error);
    QVERIFY2(read, qPrintable(error.toString(QStringLiteral("merged"))));
    QCOMPARE(read->conflicts, result.model.conflicts);
    QCOMPARE(read->conflicts.at(0).oursName, QStringLiteral("main"));
    QCOMPARE(ConflictText::theirsName(read->conflicts.at(0)), QStringLiteral("topic"));
    // A model nobody merged has no conflicts key at all.
    QVERIFY(!TmodelWriter::write(base()).contains("conflicts"));
    // A record of an unknown reason is refused with its place.
    QByteArray bad = text;
    bad.replace("\"reason\": \"changed\"", "\"reason\": \"odd\"");
    QVERIFY(!TmodelReader::read(bad, &error));
    QCOMPARE(error.path, QStringLiteral("conflicts[0].reason"));
}

void TestModelMerge::resolvingPicksASideOrAValue()
{
    Model ours = base();
    threat(ours, QStringLiteral("t-1")).status = ThreatStatus::Mitigated;
    Model theirs = base();
    threat(theirs, QStringLiteral("t-1")).status = ThreatStatus::Accepted;
    const Model m = merged(ours, theirs).model;
    QString error;
    const auto mine = ConflictResolution::resolve(m, 0, ConflictResolution::Choice::Ours, &error);
    QVERIFY(mine && mine->conflicts.isEmpty());
    QCOMPARE(mine->findThreat(QStringLiteral("t-1"))->status, ThreatStatus::Mitigated);
    const auto other =
        ConflictResolution::resolve(m, 0, ConflictResolution::Choice::Theirs, &error);
    QCOMPARE(other->findThreat(QStringLiteral("t-1"))->status, ThreatStatus::Accepted);
    const auto value = ConflictResolution::resolveWith(m, 0, "\"transferred\"", &error);
    QCOMPARE(value->findThreat(QStringLiteral("t-1"))->status, ThreatStatus::Transferred);
    // A value the file would refuse leaves the model as it was, with the reason.
    QVERIFY(!ConflictResolution::resolveWith(m, 0, "\"maybe\"", &error));
    QVERIFY2(error.contains(QStringLiteral("threats[0].status")), qPrintable(error));
    QVERIFY(!ConflictResolution::resolveWith(m, 0, "{oops", &error));
    QVERIFY(!ConflictResolution::resolve(m, 3, ConflictResolution::Choice::Ours, &error));
    QCOMPARE(error, QStringLiteral("no conflict number 4"));
}

void TestModelMerge::resolvingARemovalTakesWhatDependsOnIt()
{
    Model ours = base();
    removeElement(ours, QStringLiteral("api"));
    ours.threats.clear();
    Model theirs = base();
    theirs.diagrams[0].elements << flow(QStringLiteral("admin"), QStringLiteral("client"),
                                        QStringLiteral("api"));
    const Model m = merged(ours, theirs).model;
    QString error;
    // Ours removed it: so do we, and the new flow to it and its threat go with it.
    const auto removed =
        ConflictResolution::resolve(m, 0, ConflictResolution::Choice::Ours, &error);
    QVERIFY2(removed, qPrintable(error));
    Model r = *removed;
    QVERIFY(!element(r, QStringLiteral("api")));
    QVERIFY(!element(r, QStringLiteral("admin")));
    QVERIFY(element(r, QStringLiteral("client")));
    QVERIFY(r.conflicts.isEmpty());
    const auto kept = ConflictResolution::resolve(m, 0, ConflictResolution::Choice::Theirs, &error);
    Model k = *kept;
    QVERIFY(element(k, QStringLiteral("api")) && element(k, QStringLiteral("admin")));
}

void TestModelMerge::registerIsDerivedOnce()
{
    RuleLibrary library;
    QString error;
    QVERIFY2(RuleLibraryLoader::loadBuiltin(library, &error), qPrintable(error));
    Model start = base();
    ThreatGenerator(library).generate(start);
    // Ours adds a process that draws new threats; theirs triages one of the API's threats.
    Model ours = start;
    ours.diagrams[0].elements << process(QStringLiteral("audit"), QStringLiteral("Audit"), 0)
                              << flow(QStringLiteral("log"), QStringLiteral("api"),
                                      QStringLiteral("audit"));
    ThreatGenerator(library).generate(ours);
    Model theirs = start;
    Threat* triaged = nullptr;
    for (Threat& t : theirs.threats) {
        if (t.origin == ThreatOrigin::Generated && t.element == QLatin1String("api") && !triaged)
            triaged = &t;
    }
    QVERIFY(triaged);
    triaged->status = ThreatStatus::Mitigated;
    const QString triagedId = triaged->id;

    MergeResult result = ModelMerge::merge(start, ours, theirs);
    QVERIFY(result.rederive);
    ModelMerge::rederive(result.model, library, false);
    QVERIFY(result.model.conflicts.isEmpty());
    QSet<QString> identities;
    int onAudit = 0;
    for (const Threat& t : result.model.threats) {
        if (t.origin != ThreatOrigin::Generated)
            continue;
        QVERIFY2(!identities.contains(t.rule + t.element), qPrintable(t.id));
        identities.insert(t.rule + t.element);
        onAudit += t.element == QLatin1String("audit") && !t.obsolete;
    }
    QVERIFY(onAudit > 0);
    QCOMPARE(result.model.findThreat(triagedId)->status, ThreatStatus::Mitigated);
    // In step: generating again changes nothing.
    Model again = result.model;
    QVERIFY(!ThreatGenerator(library).generate(again).changedModel());
}

QTEST_GUILESS_MAIN(TestModelMerge)
#include "tst_modelmerge.moc"
