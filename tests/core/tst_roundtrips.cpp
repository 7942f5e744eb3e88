// Round trips as properties, over random models with random edits (the generated register,
// then scores, statuses, justifications, reworded threats, manual threats, mitigations and
// their links, odd text): save, load and save again gives the same bytes and the same model;
// OTM out and back in gives the same elements, flows, boundaries, threats and mitigations.
// The failing seed is printed; LATCH_PROPERTY_SEED=N replays one.
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "format/FormatError.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "interop/ImportSummary.h"
#include "interop/OtmReader.h"
#include "interop/OtmWriter.h"
#include "model/Model.h"
#include "model/SyntheticModel.h"

#include <QRandomGenerator>
#include <QTest>

using namespace latch;

namespace {

// Text that writers must escape: quotes, backslashes, newlines, tabs, non-Latin scripts,
// an emoji, a formula, markup.
const QStringList oddTexts = {
    QStringLiteral("He said \"no\" \\ then left"), QStringLiteral("line one\nline two\ttab"),
    QStringLiteral("Zugriff verweigert – Größe"),  QStringLiteral("認証 🔐 <b>&amp;</b>"),
    QStringLiteral("=HYPERLINK(\"x\")"),           QStringLiteral("   spaces around   ")};

void editRandomly(Model& model, QRandomGenerator& random)
{
    for (int m = 0; m < 4; ++m) {
        Mitigation mitigation;
        mitigation.id = QStringLiteral("m-%1").arg(random.generate64(), 12, 16, QLatin1Char('0'));
        mitigation.title = oddTexts.at(random.bounded(int(oddTexts.size()))) + QString::number(m);
        mitigation.description = oddTexts.at(random.bounded(int(oddTexts.size())));
        mitigation.status = MitigationStatus(random.bounded(3));
        model.mitigations.append(mitigation);
    }
    for (Threat& t : model.threats) {
        const int choice = int(random.bounded(10));
        if (choice < 3)
            t.dread = DreadScore{int(random.bounded(1, 11)), int(random.bounded(1, 11)),
                                 int(random.bounded(1, 11)), int(random.bounded(1, 11)),
                                 int(random.bounded(1, 11))};
        if (choice == 3)
            t.risk = RiskRating{int(random.bounded(1, 6)), int(random.bounded(1, 6))};
        if (choice < 5)
            t.status = allThreatStatuses[random.bounded(int(std::size(allThreatStatuses)))];
        if (choice == 5)
            t.justification = oddTexts.at(random.bounded(int(oddTexts.size())));
        if (choice == 6) {
            t.title = oddTexts.at(random.bounded(int(oddTexts.size())));
            t.description = oddTexts.at(random.bounded(int(oddTexts.size())));
            t.textEdited = true;
        }
        if (choice == 7)
            t.mitigations << model.mitigations.at(random.bounded(int(model.mitigations.size()))).id;
    }
    const Element* some = nullptr;
    for (const Element& e : model.diagrams.first().elements)
        some = e.kind == ElementKind::Process ? &e : some;
    if (some) {
        Threat manual;
        manual.id = QStringLiteral("t-%1").arg(random.generate64(), 16, 16, QLatin1Char('0'));
        manual.element = some->id;
        manual.category = QStringLiteral("tampering");
        manual.title = oddTexts.at(random.bounded(int(oddTexts.size())));
        manual.description = oddTexts.at(random.bounded(int(oddTexts.size())));
        model.threats.append(manual);
    }
    model.description = oddTexts.join(QLatin1Char('\n'));
}

Model randomModel(quint32 seed, const RuleLibrary& library)
{
    QRandomGenerator random(seed);
    Model model = SyntheticModel::generate(40 + int(random.bounded(150)), seed);
    ThreatGenerator(library).generate(model);
    editRandomly(model, random);
    return model;
}

QString where(quint32 seed, const QString& what)
{
    return QStringLiteral("seed %1: %2").arg(seed).arg(what);
}

} // namespace

class TestRoundTrips : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveLoadSaveIsIdentical();
    void otmOutAndBackKeepsTheModel();

private:
    QList<quint32> seeds() const;
    RuleLibrary m_library;
};

void TestRoundTrips::initTestCase()
{
    QString error;
    QVERIFY2(RuleLibraryLoader::loadBuiltin(m_library, &error), qPrintable(error));
}

QList<quint32> TestRoundTrips::seeds() const
{
    if (qEnvironmentVariableIsSet("LATCH_PROPERTY_SEED"))
        return {quint32(qEnvironmentVariableIntValue("LATCH_PROPERTY_SEED"))};
    QList<quint32> all;
    for (quint32 seed = 1; seed <= 25; ++seed)
        all << seed;
    return all;
}

void TestRoundTrips::saveLoadSaveIsIdentical()
{
    for (quint32 seed : seeds()) {
        const Model model = randomModel(seed, m_library);
        const QByteArray first = TmodelWriter::write(model);
        FormatError error;
        const auto loaded = TmodelReader::read(first, &error);
        QVERIFY2(loaded, qPrintable(where(seed, error.toString(QStringLiteral("model")))));
        QVERIFY2(*loaded == model, qPrintable(where(seed, QStringLiteral("the model changed"))));
        QVERIFY2(TmodelWriter::write(*loaded) == first,
                 qPrintable(where(seed, QStringLiteral("the bytes changed"))));
    }
}

void TestRoundTrips::otmOutAndBackKeepsTheModel()
{
    for (quint32 seed : seeds()) {
        const Model model = randomModel(seed, m_library);
        QStringList warnings;
        const QByteArray otm = OtmWriter::write(model, &warnings);
        ImportSummary summary;
        FormatError problem;
        const auto back = OtmReader::read(otm, &summary, &problem);
        QVERIFY2(back, qPrintable(where(seed, problem.toString(QStringLiteral("otm")))));
        for (const Diagram& d : model.diagrams) {
            for (const Element& e : d.elements) {
                const Element* copy = back->findElement(e.id);
                QVERIFY2(copy && *copy == e,
                         qPrintable(where(seed, e.id + QLatin1Char(' ') + e.name)));
            }
        }
        qsizetype elements = 0;
        for (const Diagram& d : back->diagrams)
            elements += d.elements.size();
        qsizetype expected = 0;
        for (const Diagram& d : model.diagrams)
            expected += d.elements.size();
        QCOMPARE(elements, expected);
        QCOMPARE(back->threats.size(), model.threats.size());
        for (const Threat& t : model.threats) {
            const Threat* copy = back->findThreat(t.id);
            QVERIFY2(copy && *copy == t,
                     qPrintable(where(seed, t.id + QLatin1Char(' ') + t.title)));
        }
        QVERIFY2(back->mitigations == model.mitigations,
                 qPrintable(where(seed, QStringLiteral("mitigations"))));
    }
}

QTEST_GUILESS_MAIN(TestRoundTrips)
#include "tst_roundtrips.moc"
