// Tm7Reader on a real TMT model: stencils, flows by their ends, boundaries and threats.
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
#include <QTest>

using namespace latch;
using namespace latch::test;

class TestTm7Reader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tm7Details();
};

void TestTm7Reader::tm7Details()
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
    // TMT draws each connector as a curve through its handle: the handle is the one bend point
    // of a curved flow (the sample's first connector has its handle at 180, 128).
    bool firstHandle = false;
    for (const Element& e : model->diagrams.first().elements) {
        if (e.kind != ElementKind::Flow)
            continue;
        QVERIFY(e.curved);
        QCOMPARE(e.points.size(), 1);
        firstHandle = firstHandle || e.points.first() == Point{180, 128};
    }
    QVERIFY(firstHandle);
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

QTEST_GUILESS_MAIN(TestTm7Reader)
#include "tst_tm7reader.moc"
