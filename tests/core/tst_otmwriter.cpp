// OtmWriter: a model written as OTM and read back keeps its elements, flows and threats.
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

class TestOtmWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void otmRoundTripKeepsTheModel();
};

void TestOtmWriter::otmRoundTripKeepsTheModel()
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

QTEST_GUILESS_MAIN(TestOtmWriter)
#include "tst_otmwriter.moc"
