// ThreatDragonReader on a real Threat Dragon model: names, kinds, flows by their ends,
// boundaries and the team's threats.
#include "Fixtures.h"
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
using namespace latch::test;

class TestThreatDragonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threatDragonDetails();
    void namesAreNeverFormatStrings();
};

void TestThreatDragonReader::threatDragonDetails()
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
    // The "smooth" connector through a vertex: a curved flow through that point.
    const Element* put = named(*model, QStringLiteral("Put Message"));
    QVERIFY(put && put->curved);
    QCOMPARE(put->points, (QVector<Point>{{351, 120}}));
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

void TestThreatDragonReader::namesAreNeverFormatStrings()
{
    // The loose "Web Request" end is attached to the browser; its name, with "%1" in it, is
    // quoted as written.
    QFile file(fixture(QStringLiteral("threat-dragon/v2-threat-model.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    bytes.replace(R"("text": "Browser")", R"("text": "Browser %1")");
    bytes.replace(R"("name": "Browser")", R"("name": "Browser %1")");
    ImportSummary summary;
    FormatError error;
    const auto model =
        ModelImporter::importBytes(bytes, ModelImporter::Format::ThreatDragon, &summary, &error);
    QVERIFY2(model, qPrintable(error.toString(QStringLiteral("td"))));
    QVERIFY(!summary.warnings.isEmpty());
    QVERIFY2(
        summary.warnings.first().contains(QStringLiteral("attached to \"Browser %1\", 10 units")),
        qPrintable(summary.warnings.first()));
}

QTEST_GUILESS_MAIN(TestThreatDragonReader)
#include "tst_threatdragonreader.moc"
