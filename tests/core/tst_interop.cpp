// Imports of real files made by other tools (tests/fixtures/), the OTM round trip, and bad
// input: every fixture comes in with its elements, flows, boundaries and threats; nothing bad
// crashes or hangs, and every refusal is one line naming the place.
#include "format/ModelFile.h"
#include "format/TmodelFormat.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "interop/ModelImporter.h"
#include "interop/OtmReader.h"
#include "interop/OtmWriter.h"
#include "model/ModelStatistics.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace latch;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(LATCH_SOURCE_DIR "/tests/fixtures/") + name;
}

QByteArray readFixture(const QString& name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const Element* named(const Model& model, const QString& name)
{
    for (const Diagram& d : model.diagrams) {
        for (const Element& e : d.elements) {
            if (e.name == name)
                return &e;
        }
    }
    return nullptr;
}

// "name: source -> target" for every flow, sorted, for comparing endpoints by name.
QStringList flowsOf(const Model& model)
{
    QStringList flows;
    for (const Diagram& d : model.diagrams) {
        for (const Element& e : d.elements) {
            if (e.kind != ElementKind::Flow)
                continue;
            const Element* source = model.findElement(e.source);
            const Element* target = model.findElement(e.target);
            flows << QStringLiteral("%1: %2 -> %3")
                         .arg(e.name, source ? source->name : QStringLiteral("?"),
                              target ? target->name : QStringLiteral("?"));
        }
    }
    flows.sort();
    return flows;
}

} // namespace

class TestInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesImportWithTheirCounts_data();
    void fixturesImportWithTheirCounts();
    void threatDragonDetails();
    void tm7Details();
    void otmExampleDetails();
    void otmRoundTripKeepsTheModel();
    void detectsFormats();
    void badInputIsRefusedClearly_data();
    void badInputIsRefusedClearly();
    void cyclesAndHugeFiles();
};

void TestInterop::fixturesImportWithTheirCounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("diagrams");
    QTest::addColumn<QList<int>>("kinds"); // entity, process, store, flow, boundary, note
    QTest::addColumn<int>("threats");
    // The counts are those of the files themselves (counted independently of Latch).
    QTest::newRow("TD v2 demo") << "threat-dragon/v2-threat-model.json" << 1
                                << QList<int>{1, 2, 4, 10, 3, 1} << 14;
    QTest::newRow("TD three tier")
        << "threat-dragon/three-tier-web-app.json" << 1 << QList<int>{0, 3, 0, 3, 2, 1} << 2;
    QTest::newRow("TD generic CMS")
        << "threat-dragon/generic-cms.json" << 1 << QList<int>{2, 2, 1, 5, 1, 1} << 0;
    QTest::newRow("TD v1 demo") << "threat-dragon/demo-threat-model.json" << 1
                                << QList<int>{1, 2, 4, 10, 4, 0} << 14;
    QTest::newRow("TD v1 test") << "threat-dragon/v1-test-model.json" << 2
                                << QList<int>{2, 1, 1, 1, 1, 0} << 0;
    QTest::newRow("TMT sample") << "tmt/Sample_Threat_Model.tm7" << 1
                                << QList<int>{1, 2, 1, 6, 1, 0} << 29;
    QTest::newRow("TMT custom template")
        << "tmt/test_model.tm7" << 1 << QList<int>{4, 1, 0, 8, 4, 0} << 10;
    QTest::newRow("OTM example") << "otm/otm-example.json" << 1 << QList<int>{1, 2, 1, 2, 2, 0}
                                 << 2;
}

void TestInterop::fixturesImportWithTheirCounts()
{
    QFETCH(QString, file);
    QFETCH(int, diagrams);
    QFETCH(QList<int>, kinds);
    QFETCH(int, threats);
    ImportSummary summary;
    QString error;
    const auto model = ModelImporter::importFile(fixture(file), std::nullopt, &summary, &error);
    QVERIFY2(model, qPrintable(error));
    const ModelStatistics stats = ModelStatistics::of(*model);
    QCOMPARE(stats.diagrams, diagrams);
    const ElementKind order[] = {ElementKind::Entity, ElementKind::Process,  ElementKind::Store,
                                 ElementKind::Flow,   ElementKind::Boundary, ElementKind::Note};
    for (int i = 0; i < 6; ++i)
        QCOMPARE(stats.elementsByKind.value(order[i]), kinds.at(i));
    QCOMPARE(stats.totalThreats, threats);
    // The summary says the same, and the model is one Latch writes and reads back unchanged.
    QCOMPARE(summary.threats, threats);
    QCOMPARE(summary.elements.value(ElementKind::Flow), kinds.at(3));
    FormatError problem;
    const auto back = TmodelReader::read(TmodelWriter::write(*model), &problem);
    QVERIFY2(back, qPrintable(problem.toString(file)));
    QVERIFY(*back == *model);
}

void TestInterop::threatDragonDetails()
{
    ImportSummary summary;
    QString error;
    const auto model =
        ModelImporter::importFile(fixture(QStringLiteral("threat-dragon/v2-threat-model.json")),
                                  std::nullopt, &summary, &error);
    QVERIFY2(model, qPrintable(error));
    QCOMPARE(model->title, QStringLiteral("Demo Threat Model"));
    QCOMPARE(model->owner, QStringLiteral("Mike Goodwin"));
    QCOMPARE(summary.format, QStringLiteral("Threat Dragon 2.x"));
    // Flows run between the right shapes; the loose "Web Request" end is attached to Browser,
    // 10 units from it, and the summary says so.
    const QStringList flows = flowsOf(*model);
    QVERIFY(flows.contains(QStringLiteral("Put Message: Web\nApplication -> Message Queue")));
    QVERIFY(flows.contains(QStringLiteral("Worker Query Results: Database -> Background\nWorker "
                                          "Process")));
    QVERIFY(flows.contains(QStringLiteral("Web Request: Browser -> Web\nApplication")));
    QVERIFY(summary.warnings.first().contains(QStringLiteral("attached to \"Browser\"")));
    // Properties: Threat Dragon's flags onto Latch's.
    const Element* queries = named(*model, QStringLiteral("Queries"));
    QVERIFY(queries);
    QCOMPARE(queries->properties.value(QStringLiteral("encrypted")), QVariant(true));
    const Element* config = named(*model, QStringLiteral("Read web app config"));
    QCOMPARE(config->properties.value(QStringLiteral("td.outOfScope")), QVariant(true));
    const Element* database = named(*model, QStringLiteral("Database"));
    QCOMPARE(database->kind, ElementKind::Store);
    QCOMPARE(database->properties.value(QStringLiteral("holdsCredentials")), QVariant(false));
    QCOMPARE(named(*model, QStringLiteral("Worker Config"))
                 ->properties.value(QStringLiteral("holdsCredentials")),
             QVariant(true));
    // Threats: category, status, severity as likelihood x impact, mitigation linked.
    QCOMPARE(model->riskMethod, RiskMethod::Matrix);
    const Threat* theft = nullptr;
    for (const Threat& t : model->threats) {
        if (t.title == QLatin1String("Credential theft"))
            theft = &t;
    }
    QVERIFY(theft);
    QCOMPARE(theft->element, database->id);
    QCOMPARE(theft->category, QStringLiteral("information_disclosure"));
    QCOMPARE(theft->status, ThreatStatus::Open);
    QCOMPARE(*theft->risk, (RiskRating{3, 3})); // Medium
    QCOMPARE(theft->mitigations.size(), 1);
    QVERIFY(!model->findMitigation(theft->mitigations.first())->description.isEmpty());
    int mitigated = 0;
    for (const Threat& t : model->threats)
        mitigated += t.status == ThreatStatus::Mitigated;
    QCOMPARE(mitigated, 4);
    // Three tier: the score of a threat is kept in its description.
    const auto threeTier =
        ModelImporter::importFile(fixture(QStringLiteral("threat-dragon/three-tier-web-app.json")),
                                  std::nullopt, nullptr, &error);
    QVERIFY(threeTier);
    QVERIFY(threeTier->threats.first().description.contains(QStringLiteral("7.5")));
    QVERIFY(named(*threeTier, QStringLiteral("Public Cloud"))); // box label from attrs
}

void TestInterop::tm7Details()
{
    ImportSummary summary;
    QString error;
    const auto model = ModelImporter::importFile(
        fixture(QStringLiteral("tmt/Sample_Threat_Model.tm7")), std::nullopt, &summary, &error);
    QVERIFY2(model, qPrintable(error));
    QCOMPARE(model->diagrams.first().name, QStringLiteral("Diagram 1"));
    const Element* store = named(*model, QStringLiteral("Generic Data Store"));
    QVERIFY(store);
    QCOMPARE(store->kind, ElementKind::Store);
    QCOMPARE(store->bounds.x, 11);
    QCOMPARE(store->bounds.y, 131);
    QCOMPARE(store->type, QStringLiteral("GE.DS"));
    // Flows keep their stencil type and connect the right stencils.
    int https = 0;
    for (const Element& e : model->diagrams.first().elements) {
        if (e.kind != ElementKind::Flow)
            continue;
        QVERIFY(model->findElement(e.source) && model->findElement(e.target));
        if (e.type == QLatin1String("SE.DF.TMCore.HTTPS")) {
            ++https;
            QCOMPARE(e.name, QStringLiteral("HTTPS"));
        }
    }
    QCOMPARE(https, 2);
    QVERIFY(flowsOf(*model).contains(
        QStringLiteral("HTTPS: Generic External Interactor -> OS Process")));
    // Threats: on their flows, categories mapped, TMT's type id kept as a reference.
    QMap<QString, int> byCategory;
    for (const Threat& t : model->threats) {
        ++byCategory[t.category];
        QCOMPARE(model->findElement(t.element)->kind, ElementKind::Flow);
        QVERIFY(t.references.first().startsWith(QStringLiteral("TMT:")));
        QVERIFY(!t.title.isEmpty());
        QCOMPARE(*t.risk, (RiskRating{4, 4})); // priority High
    }
    QCOMPARE(byCategory.value(QStringLiteral("spoofing")), 6);
    QCOMPARE(byCategory.value(QStringLiteral("denial_of_service")), 9);
    QCOMPARE(byCategory.value(QStringLiteral("elevation_of_privilege")), 7);

    // The custom template: GUID type ids, kinds from the stencil shapes, labels not headers.
    const auto custom = ModelImporter::importFile(fixture(QStringLiteral("tmt/test_model.tm7")),
                                                  std::nullopt, nullptr, &error);
    QVERIFY2(custom, qPrintable(error));
    QCOMPARE(custom->title, QStringLiteral("TestSystem"));
    QVERIFY(named(*custom, QStringLiteral("My_MCU")));
    QCOMPARE(named(*custom, QStringLiteral("Attacker"))->kind, ElementKind::Process);
    QVERIFY(flowsOf(*custom).contains(QStringLiteral("BLE Out: My_MCU -> Phone")));
}

void TestInterop::otmExampleDetails()
{
    ImportSummary summary;
    QString error;
    const auto model = ModelImporter::importFile(fixture(QStringLiteral("otm/otm-example.json")),
                                                 std::nullopt, &summary, &error);
    QVERIFY2(model, qPrintable(error));
    QCOMPARE(model->title, QStringLiteral("Test project"));
    const Element* database = named(*model, QStringLiteral("Customer Database"));
    QVERIFY(database);
    QCOMPARE(database->kind, ElementKind::Store);
    QCOMPARE(named(*model, QStringLiteral("Web Client"))->kind, ElementKind::Entity);
    QCOMPARE(named(*model, QStringLiteral("Web Service"))->kind, ElementKind::Process);
    // The one threat is attached twice; each attachment is a threat in Latch, with the
    // mitigation linked.
    QCOMPARE(model->threats.size(), 2);
    for (const Threat& t : model->threats) {
        QCOMPARE(t.title, QStringLiteral("Threat 1"));
        QCOMPARE(t.category, QStringLiteral("spoofing"));
        QCOMPARE(t.mitigations.size(), 1);
        QVERIFY(t.references.contains(QStringLiteral("CWE-79")));
        QCOMPARE(*t.risk, (RiskRating{3, 5})); // likelihood 50, impact 100 of 100
    }
    // Said once for the threat, not once per attachment.
    QCOMPARE(summary.warnings.filter(QStringLiteral("2 categories")).size(), 1);
}

void TestInterop::otmRoundTripKeepsTheModel()
{
    for (const char* name : {"online-banking.tmodel", "fitness-platform.tmodel"}) {
        QString error;
        const auto original = ModelFile::load(
            QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/") + QLatin1String(name), &error);
        QVERIFY2(original, qPrintable(error));
        QStringList warnings;
        const QByteArray otm = OtmWriter::write(*original, &warnings);
        QVERIFY(warnings.isEmpty());
        ImportSummary summary;
        FormatError problem;
        const auto back = OtmReader::read(otm, &summary, &problem);
        QVERIFY2(back, qPrintable(problem.toString(QLatin1String(name))));
        // Same diagrams, elements, threats and catalog, compared by id (the order of elements
        // within a diagram may differ: zones, components and flows are listed apart in OTM).
        QCOMPARE(back->diagrams.size(), original->diagrams.size());
        for (const Diagram& d : original->diagrams) {
            for (const Element& e : d.elements) {
                const Element* copy = back->findElement(e.id);
                QVERIFY2(copy, qPrintable(e.name));
                QCOMPARE(*copy, e);
                QCOMPARE(back->diagramOf(e.id)->id, d.id);
            }
        }
        QCOMPARE(back->threats.size(), original->threats.size());
        for (const Threat& t : original->threats)
            QCOMPARE(*back->findThreat(t.id), t);
        QCOMPARE(back->mitigations, original->mitigations);
        QCOMPARE(back->assets, original->assets);
        QCOMPARE(back->title, original->title);
        QCOMPARE(back->compliance, original->compliance);
        QCOMPARE(back->riskMethod, original->riskMethod);
    }
}

void TestInterop::detectsFormats()
{
    QCOMPARE(ModelImporter::detect(readFixture(QStringLiteral("tmt/test_model.tm7"))),
             ModelImporter::Format::Tm7);
    QCOMPARE(ModelImporter::detect(readFixture(QStringLiteral("otm/otm-example.json"))),
             ModelImporter::Format::Otm);
    QCOMPARE(ModelImporter::detect(readFixture(QStringLiteral("threat-dragon/generic-cms.json"))),
             ModelImporter::Format::ThreatDragon);
    QCOMPARE(ModelImporter::detect("{\"format\": \"latch.tmodel\"}"), std::nullopt);
    QCOMPARE(ModelImporter::formatFromName(QStringLiteral("threat-dragon")),
             ModelImporter::Format::ThreatDragon);
    QCOMPARE(ModelImporter::formatFromName(QStringLiteral("visio")), std::nullopt);
}

void TestInterop::badInputIsRefusedClearly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected"); // part of the one-line error
    const QByteArray tm7 = readFixture(QStringLiteral("tmt/Sample_Threat_Model.tm7"));
    QTest::newRow("truncated tm7") << tm7.left(tm7.size() / 3) << int(ModelImporter::Format::Tm7)
                                   << "Premature end of document";
    QTest::newRow("not xml") << QByteArray("<ThreatModel><a></b></ThreatModel>")
                             << int(ModelImporter::Format::Tm7) << "mismatch";
    QTest::newRow("tm7 stencil without guid")
        << QByteArray("<ThreatModel xmlns=\"http://schemas.datacontract.org/2004/07/"
                      "ThreatModeling.Model\" xmlns:i=\"http://www.w3.org/2001/"
                      "XMLSchema-instance\"><DrawingSurfaceList><DrawingSurfaceModel><Borders>"
                      "<KeyValueOfguidanyType><Key/><Value i:type=\"StencilEllipse\"><Left>1</Left>"
                      "</Value></KeyValueOfguidanyType></Borders></DrawingSurfaceModel>"
                      "</DrawingSurfaceList></ThreatModel>")
        << int(ModelImporter::Format::Tm7) << "without a Guid";
    QByteArray deep;
    for (int i = 0; i < 200; ++i)
        deep += "<a>";
    QTest::newRow("tm7 nested deep")
        << QByteArray("<ThreatModel><DrawingSurfaceList><DrawingSurfaceModel>") + deep
        << int(ModelImporter::Format::Tm7) << "nested";
    QTest::newRow("truncated json")
        << readFixture(QStringLiteral("threat-dragon/generic-cms.json")).left(500)
        << int(ModelImporter::Format::ThreatDragon) << "";
    QTest::newRow("td without diagrams")
        << QByteArray(R"({"summary": {}, "detail": {}})")
        << int(ModelImporter::Format::ThreatDragon) << "detail.diagrams";
    QTest::newRow("td cell without id")
        << QByteArray(R"({"version": "2.3.0", "summary": {}, "detail": {"diagrams": [{"cells": [
               {"shape": "process", "position": {"x": 1, "y": 2}, "data": {"name": "P"}}]}]}})")
        << int(ModelImporter::Format::ThreatDragon) << "detail.diagrams[0].cells[0].id";
    QTest::newRow("otm component without id")
        << QByteArray(R"({"otmVersion": "0.2.0", "project": {"name": "x", "id": "x"},
               "trustZones": [], "components": [{"name": "c", "type": "t",
               "parent": {"trustZone": "z"}}], "dataflows": []})")
        << int(ModelImporter::Format::Otm) << "components[0]";
    QTest::newRow("otm not otm") << QByteArray(R"([1, 2, 3])") << int(ModelImporter::Format::Otm)
                                 << "not an Open Threat Model";
}

void TestInterop::badInputIsRefusedClearly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(QString, expected);
    FormatError error;
    const auto model =
        ModelImporter::importBytes(bytes, ModelImporter::Format(format), nullptr, &error);
    QVERIFY(!model);
    const QString line = error.toString(QStringLiteral("in"));
    QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line));
    QVERIFY2(line.contains(expected), qPrintable(line));
    QVERIFY2(!error.message.isEmpty(), qPrintable(line));
}

void TestInterop::cyclesAndHugeFiles()
{
    // Cycles and dangling references import with warnings, never a hang: a component whose
    // parent is itself, a flow from and to nowhere, a threat that names nothing.
    const QByteArray cyclic = R"({"otmVersion": "0.2.0", "project": {"name": "x", "id": "x"},
        "trustZones": [{"id": "z", "name": "Z", "risk": {"trustRating": 1}, "parent": {"trustZone": "z"}}],
        "components": [{"id": "c", "name": "C", "type": "service", "parent": {"component": "c"},
                        "threats": [{"threat": "nope", "state": "open"}]}],
        "dataflows": [{"id": "f", "name": "F", "source": "c", "destination": "missing"}]})";
    ImportSummary summary;
    FormatError error;
    const auto model =
        ModelImporter::importBytes(cyclic, ModelImporter::Format::Otm, &summary, &error);
    QVERIFY2(model, qPrintable(error.toString(QStringLiteral("cyclic"))));
    QCOMPARE(summary.elements.value(ElementKind::Flow), 0);
    const QString warnings = summary.warnings.join(QLatin1Char('\n'));
    QVERIFY(warnings.contains(QStringLiteral("dataflow \"F\" skipped")));
    QVERIFY(warnings.contains(QStringLiteral("threat \"nope\", which is not defined")));

    // A file over the size limit is refused before it is read.
    const QString path = QDir::temp().filePath(QStringLiteral("latch-huge-import.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(TmodelFormat::maximumFileSize + 1));
    }
    QString message;
    QVERIFY(!ModelImporter::importFile(path, std::nullopt, nullptr, &message));
    QVERIFY2(message.contains(QStringLiteral("larger than")), qPrintable(message));
    QFile::remove(path);
}

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
