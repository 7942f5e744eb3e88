// ModelImporter over real files made by other tools (tests/fixtures/): every fixture comes in
// with its elements, flows, boundaries and threats; formats are told apart by content; bad
// input is refused in one line naming the place, and nothing crashes or hangs.
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

class TestModelImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesImportWithTheirCounts_data();
    void fixturesImportWithTheirCounts();
    void detectsFormats();
    void badInputIsRefusedClearly_data();
    void badInputIsRefusedClearly();
    void cyclesAndHugeFiles();
};

void TestModelImporter::fixturesImportWithTheirCounts_data()
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

void TestModelImporter::fixturesImportWithTheirCounts()
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

void TestModelImporter::detectsFormats()
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

void TestModelImporter::badInputIsRefusedClearly_data()
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

void TestModelImporter::badInputIsRefusedClearly()
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

void TestModelImporter::cyclesAndHugeFiles()
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

QTEST_GUILESS_MAIN(TestModelImporter)
#include "tst_modelimporter.moc"
