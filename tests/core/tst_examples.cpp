// The bundled example models are what a new user opens first: they must load, be realistic in
// size, have every element named, and use trust boundaries that flows really cross.
#include "engine/ThreatText.h"
#include "format/ModelFile.h"
#include "model/BoundaryGeometry.h"
#include "model/Model.h"
#include "model/ModelStatistics.h"

#include <QTest>

using namespace latch;

namespace {

Model load(const char* name)
{
    QString error;
    const auto model = ModelFile::load(
        QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/") + QLatin1String(name), &error);
    if (!model)
        qFatal("%s", qPrintable(error));
    return *model;
}

} // namespace

class TestExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realistic_data();
    void realistic();
    void fitnessHasTwoDiagrams();
};

void TestExamples::realistic_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("banking") << QStringLiteral("online-banking.tmodel");
    QTest::newRow("fitness") << QStringLiteral("fitness-platform.tmodel");
}

void TestExamples::realistic()
{
    QFETCH(QString, file);
    const Model model = load(qPrintable(file));
    QVERIFY(!model.title.isEmpty());
    QVERIFY(!model.assets.isEmpty());
    QVERIFY(!model.compliance.isEmpty());

    int elements = 0;
    int regions = 0;
    int crossingFlows = 0;
    for (const Diagram& diagram : model.diagrams) {
        const BoundaryGeometry geometry(diagram);
        for (const Element& element : diagram.elements) {
            ++elements;
            QVERIFY2(!element.name.trimmed().isEmpty(), qPrintable(element.id));
            regions += element.isRegionBoundary();
            if (element.kind == ElementKind::Flow && geometry.crossesAny(element))
                ++crossingFlows;
            // Every process, entity and store sits in some trust zone.
            if (canBeFlowEndpoint(element.kind))
                QVERIFY2(!geometry.regionsAround(element).isEmpty(), qPrintable(element.name));
        }
    }
    QVERIFY2(elements >= 15 && elements <= 40, qPrintable(QString::number(elements)));
    QVERIFY(regions >= 3);
    QVERIFY(crossingFlows >= 4);

    const ModelStatistics stats = ModelStatistics::of(model);
    QVERIFY(stats.totalThreats >= 4);
    QVERIFY(stats.mitigations >= 4);
    // Every threat reads: a title, and a description stored or rendered from its rule.
    const ThreatText text(model);
    for (const Threat& threat : model.threats) {
        QVERIFY(!threat.title.isEmpty());
        QVERIFY2(!text.description(threat).isEmpty(), qPrintable(threat.title));
    }
}

void TestExamples::fitnessHasTwoDiagrams()
{
    const Model model = load("fitness-platform.tmodel");
    QCOMPARE(model.diagrams.size(), 2);
    QVERIFY(model.diagrams.at(1).name.contains(QLatin1String("object level authorization")));
}

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
