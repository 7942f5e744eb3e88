#include "ModelBuilder.h"
#include "TestLibrary.h"
#include "engine/ThreatGenerator.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"

#include <QTest>

using namespace latch;
using latch::test::ModelBuilder;

namespace {

// Customer (internet) -> Orders API (data centre) -> Order log (a log store).
Model shop()
{
    ModelBuilder b(QStringLiteral("Shop"));
    b.region(QStringLiteral("internet"), {-50, -50, 300, 300})
        .region(QStringLiteral("dc"), {300, -50, 800, 300})
        .box(ElementKind::Entity, QStringLiteral("user"), QStringLiteral("Customer"),
             {0, 0, 100, 50})
        .box(ElementKind::Process, QStringLiteral("api"), QStringLiteral("Orders API"),
             {400, 0, 100, 100}, {{QStringLiteral("exposesApi"), true}})
        .box(ElementKind::Store, QStringLiteral("log"), QStringLiteral("Order log"),
             {700, 0, 150, 60})
        .flow(QStringLiteral("order"), QStringLiteral("user"), QStringLiteral("api"), {},
              QStringLiteral("Place order"))
        .flow(QStringLiteral("append"), QStringLiteral("api"), QStringLiteral("log"), {},
              QStringLiteral("Append"));
    Diagram& d = b.current();
    d.findElement(QStringLiteral("internet"))->type = QStringLiteral("boundary.internet");
    d.findElement(QStringLiteral("log"))->type = QStringLiteral("store.log");
    return b.model();
}

const Threat* find(const Model& model, const char* rule, const char* element)
{
    for (const Threat& t : model.threats) {
        if (t.rule == QLatin1String(rule) && t.element == QLatin1String(element))
            return &t;
    }
    return nullptr;
}

Threat* findMutable(Model& model, const char* rule, const char* element)
{
    return const_cast<Threat*>(find(model, rule, element));
}

} // namespace

class TestThreatGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_library = latch::test::testLibrary(); }
    void generatesPerElementAndInteraction();
    void deterministicAndIdempotent();
    void threatIdIsSha1OfRuleAndElement();
    void keepsUserEditsAndMarksObsolete();
    void deletedElementMakesThreatsObsolete();
    void unknownRulesKeptWhileALibraryIsMissing();
    void manualThreatsUntouched();
    void renameUpdatesTitleOnly();
    void rewordedThreatKeepsItsText();
    void incrementalMatchesFull();
    void incrementalAfterBoundaryMove();
    void incrementalAfterDeletionAndReconnect();
    void generateIndexesTheRegisterOnce();

private:
    RuleLibrary m_library;
};

void TestThreatGenerator::generatesPerElementAndInteraction()
{
    Model model = shop();
    ThreatGenerator generator(m_library);
    const GenerationReport report = generator.generate(model);
    QCOMPARE(report.evaluated, 7);
    // entity spoofing, API flood, PII in log, plaintext order flow, internet abuse.
    QCOMPARE(report.added, 5);
    QCOMPARE(model.threats.size(), 5);
    const Threat* plaintext = find(model, "T-PLAINTEXT", "order");
    QVERIFY(plaintext);
    QCOMPARE(plaintext->title, QStringLiteral("Customer → Orders API in clear text"));
    QCOMPARE(plaintext->description,
             QStringLiteral("Place order crosses a trust boundary over HTTPS without encryption."));
    QCOMPARE(plaintext->category, QStringLiteral("information_disclosure"));
    QCOMPARE(plaintext->origin, ThreatOrigin::Generated);
    QCOMPARE(plaintext->status, ThreatStatus::Open);
    QVERIFY(plaintext->dread.has_value()); // the rule's default DREAD
    QCOMPARE(plaintext->dread->damage, 7);
    QCOMPARE(plaintext->references, QStringList{QStringLiteral("CWE-319")});
    // Within one region: no crossing, no threat. The log's PII comes from its type's default.
    QVERIFY(!find(model, "T-PLAINTEXT", "append"));
    QVERIFY(find(model, "T-LOG-PII", "log"));
    QVERIFY(find(model, "T-INTERNET", "order"));
    QCOMPARE(find(model, "T-INTERNET", "order")->category, QStringLiteral("abuse"));
}

void TestThreatGenerator::deterministicAndIdempotent()
{
    Model a = shop();
    Model b = shop();
    ThreatGenerator(m_library).generate(a);
    ThreatGenerator(m_library).generate(b);
    // Same model, same register, ids included: ids derive from (rule, element).
    QCOMPARE(TmodelWriter::write(a), TmodelWriter::write(b));
    QCOMPARE(find(a, "T-PLAINTEXT", "order")->id,
             ThreatGenerator::threatIdFor(QStringLiteral("T-PLAINTEXT"), QStringLiteral("order")));
    const QByteArray once = TmodelWriter::write(a);
    const GenerationReport again = ThreatGenerator(m_library).generate(a);
    QVERIFY(!again.changedModel());
    QCOMPARE(again.unchanged, 5);
    QCOMPARE(TmodelWriter::write(a), once);
    // The result is a valid model file.
    QVERIFY(TmodelReader::read(once, nullptr));
}

void TestThreatGenerator::threatIdIsSha1OfRuleAndElement()
{
    // Reference values from Python: hashlib.sha1(b"T-PLAINTEXT\0order").hexdigest()[:16].
    QCOMPARE(ThreatGenerator::threatIdFor(QStringLiteral("T-PLAINTEXT"), QStringLiteral("order")),
             QStringLiteral("t-de402b5ad2e60393"));
    QCOMPARE(ThreatGenerator::threatIdFor(QStringLiteral("R-ü€"), QStringLiteral("e-😀x")),
             QStringLiteral("t-1dfa84f9b0060851"));
}

void TestThreatGenerator::keepsUserEditsAndMarksObsolete()
{
    Model model = shop();
    ThreatGenerator generator(m_library);
    generator.generate(model);
    model.mitigations.append({QStringLiteral("m-1"),
                              QStringLiteral("Rate limit at the gateway"),
                              {},
                              MitigationStatus::Implemented});
    Threat* flood = findMutable(model, "T-DOS-API", "api");
    QVERIFY(flood);
    flood->status = ThreatStatus::Mitigated;
    flood->dread = DreadScore{2, 3, 4, 5, 6};
    flood->risk = RiskRating{2, 3};
    flood->justification = QStringLiteral("Gateway limits to 100 rps");
    flood->mitigations = {QStringLiteral("m-1")};
    const Threat edited = *flood;

    // The condition stops holding: obsolete, with every edit intact.
    model.diagrams[0]
        .findElement(QStringLiteral("api"))
        ->properties.insert(QStringLiteral("rateLimited"), true);
    GenerationReport report = generator.update(model, {QStringLiteral("api")});
    QCOMPARE(report.obsoleted, 1);
    const Threat* obsolete = find(model, "T-DOS-API", "api");
    QVERIFY(obsolete && obsolete->obsolete);
    Threat expected = edited;
    expected.obsolete = true;
    QCOMPARE(*obsolete, expected);
    QCOMPARE(model.threats.size(), 5);

    // It holds again: revived, still with the team's edits.
    model.diagrams[0]
        .findElement(QStringLiteral("api"))
        ->properties.insert(QStringLiteral("rateLimited"), false);
    report = generator.generate(model);
    QCOMPARE(report.revived, 1);
    QCOMPARE(report.added, 0);
    QCOMPARE(*find(model, "T-DOS-API", "api"), edited);
}

void TestThreatGenerator::deletedElementMakesThreatsObsolete()
{
    Model model = shop();
    ThreatGenerator generator(m_library);
    generator.generate(model);
    // Delete the customer and its flow.
    auto& elements = model.diagrams[0].elements;
    elements.removeIf([](const Element& e) {
        return e.id == QLatin1String("user") || e.id == QLatin1String("order");
    });
    const GenerationReport report =
        generator.update(model, {QStringLiteral("user"), QStringLiteral("order")});
    QCOMPARE(report.obsoleted, 3); // spoofing of the customer, plaintext, internet abuse
    QVERIFY(find(model, "T-SPOOF-ENTITY", "user")->obsolete);
    QVERIFY(find(model, "T-PLAINTEXT", "order")->obsolete);
    QCOMPARE(model.threats.size(), 5); // never deleted
    // Still a valid file: obsolete threats may outlive their elements.
    QVERIFY(TmodelReader::read(TmodelWriter::write(model), nullptr));
}

void TestThreatGenerator::unknownRulesKeptWhileALibraryIsMissing()
{
    // The register holds a threat of a rule this library does not have: it came from a library
    // that did not load this time.
    Model model = shop();
    Threat missing;
    missing.id = ThreatGenerator::threatIdFor(QStringLiteral("ACME-1"), QStringLiteral("api"));
    missing.rule = QStringLiteral("ACME-1");
    missing.element = QStringLiteral("api");
    missing.category = QStringLiteral("spoofing");
    missing.title = QStringLiteral("Orders API belongs to ACME");
    missing.origin = ThreatOrigin::Generated;
    model.threats.append(missing);
    ThreatGenerator generator(m_library);
    generator.setKeepUnknownRules(true);
    GenerationReport report = generator.generate(model);
    QCOMPARE(report.obsoleted, 0);
    QVERIFY(!find(model, "ACME-1", "api")->obsolete);
    // A known rule whose condition stopped holding still makes its threat obsolete...
    model.diagrams[0]
        .findElement(QStringLiteral("api"))
        ->properties.insert(QStringLiteral("exposesApi"), false);
    report = generator.update(model, {QStringLiteral("api")});
    QVERIFY(report.obsoleted > 0);
    QVERIFY(!find(model, "ACME-1", "api")->obsolete);
    // ...and so does every threat of a deleted element.
    model.diagrams[0].elements.removeIf([](const Element& e) {
        return e.id == QLatin1String("api") || e.id == QLatin1String("order") ||
               e.id == QLatin1String("append");
    });
    generator.update(model,
                     {QStringLiteral("api"), QStringLiteral("order"), QStringLiteral("append")});
    QVERIFY(find(model, "ACME-1", "api")->obsolete);
    // With every library loaded, an unknown rule is a rule that is gone.
    Model whole = shop();
    whole.threats.append(missing);
    ThreatGenerator(m_library).generate(whole);
    QVERIFY(find(whole, "ACME-1", "api")->obsolete);
}

void TestThreatGenerator::manualThreatsUntouched()
{
    Model model = shop();
    Threat manual;
    manual.id = QStringLiteral("t-manual");
    manual.element = QStringLiteral("api");
    manual.category = QStringLiteral("tampering");
    manual.title = QStringLiteral("Insider edits prices");
    manual.origin = ThreatOrigin::Manual;
    model.threats.append(manual);
    ThreatGenerator generator(m_library);
    generator.generate(model);
    model.diagrams[0].elements.removeIf(
        [](const Element& e) { return e.id == QLatin1String("api"); });
    generator.generate(model);
    QCOMPARE(model.threats.first(), manual);
}

void TestThreatGenerator::renameUpdatesTitleOnly()
{
    Model model = shop();
    ThreatGenerator generator(m_library);
    generator.generate(model);
    findMutable(model, "T-PLAINTEXT", "order")->status = ThreatStatus::Accepted;
    model.diagrams[0].findElement(QStringLiteral("user"))->name = QStringLiteral("Shopper");
    const GenerationReport report = generator.update(model, {QStringLiteral("user")});
    // The entity and its flow are re-evaluated; the flow's title names the entity.
    QCOMPARE(report.evaluated, 2);
    QCOMPARE(report.updated, 2);
    const Threat* plaintext = find(model, "T-PLAINTEXT", "order");
    QCOMPARE(plaintext->title, QStringLiteral("Shopper → Orders API in clear text"));
    QCOMPARE(plaintext->status, ThreatStatus::Accepted);
}

void TestThreatGenerator::rewordedThreatKeepsItsText()
{
    Model model = shop();
    ThreatGenerator generator(m_library);
    generator.generate(model);
    Threat* reworded = findMutable(model, "T-PLAINTEXT", "order");
    reworded->title = QStringLiteral("Orders travel unencrypted on the shop floor Wi-Fi");
    reworded->description = QStringLiteral("Our words");
    reworded->textEdited = true;
    model.diagrams[0].findElement(QStringLiteral("user"))->name = QStringLiteral("Shopper");
    generator.update(model, {QStringLiteral("user")});
    const Threat* after = find(model, "T-PLAINTEXT", "order");
    QCOMPARE(after->title, QStringLiteral("Orders travel unencrypted on the shop floor Wi-Fi"));
    QCOMPARE(after->description, QStringLiteral("Our words"));
    QVERIFY(!after->obsolete);
    // Not reworded: the same rename reaches the text.
    findMutable(model, "T-PLAINTEXT", "order")->textEdited = false;
    generator.update(model, {QStringLiteral("user")});
    QCOMPARE(find(model, "T-PLAINTEXT", "order")->title,
             QStringLiteral("Shopper → Orders API in clear text"));
}

void TestThreatGenerator::incrementalMatchesFull()
{
    Model incremental = shop();
    ThreatGenerator generator(m_library);
    generator.generate(incremental);
    // Encrypt one flow, add a process and a flow to it.
    auto edit = [](Model& m) {
        Diagram& d = m.diagrams[0];
        d.findElement(QStringLiteral("order"))
            ->properties.insert(QStringLiteral("encrypted"), true);
        Element worker;
        worker.id = QStringLiteral("worker");
        worker.kind = ElementKind::Process;
        worker.name = QStringLiteral("Worker");
        worker.bounds = {100, 400, 100, 100};
        worker.properties.insert(QStringLiteral("exposesApi"), true);
        d.elements.append(worker);
        Element job;
        job.id = QStringLiteral("job");
        job.kind = ElementKind::Flow;
        job.name = QStringLiteral("Job");
        job.source = QStringLiteral("api");
        job.target = QStringLiteral("worker");
        d.elements.append(job);
    };
    edit(incremental);
    generator.update(incremental,
                     {QStringLiteral("order"), QStringLiteral("worker"), QStringLiteral("job")});

    Model full = shop();
    ThreatGenerator(m_library).generate(full);
    edit(full);
    ThreatGenerator(m_library).generate(full);
    QCOMPARE(TmodelWriter::write(incremental), TmodelWriter::write(full));
    QVERIFY(find(full, "T-PLAINTEXT", "order")->obsolete);
    QVERIFY(find(full, "T-DOS-API", "worker"));
    QVERIFY(find(full, "T-PLAINTEXT", "job")); // dc -> outside every region
}

void TestThreatGenerator::incrementalAfterBoundaryMove()
{
    Model model = shop();
    ThreatGenerator generator(m_library);
    generator.generate(model);
    // Grow the data centre over the customer: the order flow no longer crosses it.
    Element* dc = model.diagrams[0].findElement(QStringLiteral("dc"));
    dc->bounds = {-100, -100, 1200, 400};
    const GenerationReport report = generator.update(model, {QStringLiteral("dc")});
    QCOMPARE(report.evaluated, 7); // the whole diagram
    // Still crosses the internet region (the API is outside it): plaintext stays.
    QVERIFY(!find(model, "T-PLAINTEXT", "order")->obsolete);
    Model full = model;
    ThreatGenerator(m_library).generate(full);
    QCOMPARE(TmodelWriter::write(full), TmodelWriter::write(model));
}

void TestThreatGenerator::incrementalAfterDeletionAndReconnect()
{
    Model model = shop();
    ThreatGenerator generator(m_library);
    generator.generate(model);
    generator.update(model, {QStringLiteral("api")}); // builds the element index
    auto sameAsFull = [&] {
        Model full = model;
        ThreatGenerator(m_library).generate(full);
        return TmodelWriter::write(full) == TmodelWriter::write(model);
    };
    // Remove the first element: every later element moves up one place.
    Diagram& d = model.diagrams[0];
    d.elements.removeFirst(); // the internet region
    generator.update(model, {QStringLiteral("internet")});
    QVERIFY(find(model, "T-INTERNET", "order")->obsolete);
    // Then edit an element whose position changed.
    d.findElement(QStringLiteral("api"))->properties.insert(QStringLiteral("rateLimited"), true);
    QCOMPARE(generator.update(model, {QStringLiteral("api")}).obsoleted, 1);
    QVERIFY(sameAsFull());
    // Reconnect the append flow to the customer and report only the flow.
    d.findElement(QStringLiteral("append"))->target = QStringLiteral("user");
    generator.update(model, {QStringLiteral("append")});
    QVERIFY(sameAsFull());
    // Renaming the customer now reaches the reconnected flow too.
    d.findElement(QStringLiteral("user"))->name = QStringLiteral("Buyer");
    const GenerationReport report = generator.update(model, {QStringLiteral("user")});
    QCOMPARE(report.evaluated, 3); // the customer, the order flow, the reconnected flow
    QVERIFY(sameAsFull());
}

void TestThreatGenerator::generateIndexesTheRegisterOnce()
{
    // A fresh register grows by a threat at a time; indexing it again for each element made
    // generation quadratic (a 25k model took 105 s instead of 0.7 s).
    Model model = shop();
    ThreatGenerator generator(m_library);
    QVERIFY(generator.generate(model).added > 0);
    QCOMPARE(generator.indexBuilds(), 1);
    // A second run over the grown register: once more, not once per element.
    generator.generate(model);
    QCOMPARE(generator.indexBuilds(), 2);
}

QTEST_GUILESS_MAIN(TestThreatGenerator)
#include "tst_threatgenerator.moc"
