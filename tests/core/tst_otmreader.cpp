// OtmReader on the OTM specification's example: components, trust zones, dataflows, threats.
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

class TestOtmReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void otmExampleDetails();
    void titlesAreNeverFormatStrings();
};

void TestOtmReader::otmExampleDetails()
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

void TestOtmReader::titlesAreNeverFormatStrings()
{
    // A title is the user's text: "%1" and "%2" in it stay as written in the warning.
    QFile file(fixture(QStringLiteral("otm/otm-example.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains(R"("name": "Threat 1")"));
    bytes.replace(R"("name": "Threat 1")", R"("name": "Threat %2 of %1")");
    ImportSummary summary;
    FormatError error;
    const auto model =
        ModelImporter::importBytes(bytes, ModelImporter::Format::Otm, &summary, &error);
    QVERIFY2(model, qPrintable(error.toString(QStringLiteral("otm"))));
    const QStringList warnings = summary.warnings.filter(QStringLiteral("categories"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(
        warnings.first().contains(QStringLiteral("threat \"Threat %2 of %1\" has 2 categories")),
        qPrintable(warnings.first()));
}

QTEST_GUILESS_MAIN(TestOtmReader)
#include "tst_otmreader.moc"
