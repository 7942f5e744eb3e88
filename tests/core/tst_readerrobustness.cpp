// Feeds the reader damaged versions of real models: every one must give a clean error or a
// valid model, never a crash, a hang or an exception. A deterministic cousin of the libFuzzer
// target in tests/fuzz/, cheap enough for every CI run.
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "model/Model.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace latch;

class TestReaderRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void truncatedAtManyLines();
    void randomByteDamage();
    void randomGarbage();

private:
    QList<QByteArray> m_examples;
};

void TestReaderRobustness::initTestCase()
{
    const QDir examples(QStringLiteral(LATCH_SOURCE_DIR "/resources/examples"));
    for (const QString& name : examples.entryList({QStringLiteral("*.tmodel")}, QDir::Files)) {
        QFile file(examples.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_examples.append(file.readAll());
    }
    QVERIFY(m_examples.size() >= 2);
}

void TestReaderRobustness::truncatedAtManyLines()
{
    // Cut after 400 line ends spread over each file (every line of a large example would
    // make this test quadratic in the file size).
    for (const QByteArray& example : m_examples) {
        QList<qsizetype> lineEnds;
        for (qsizetype at = example.indexOf('\n'); at >= 0; at = example.indexOf('\n', at + 1))
            lineEnds.append(at);
        lineEnds.removeLast(); // the whole file, which is valid
        const qsizetype step = std::max<qsizetype>(1, lineEnds.size() / 400);
        int refused = 0;
        for (qsizetype i = 0; i < lineEnds.size(); i += step) {
            FormatError error;
            const auto model = TmodelReader::read(example.left(lineEnds.at(i)), &error);
            QVERIFY2(!model, "a truncated model must not load");
            QVERIFY(!error.message.isEmpty());
            ++refused;
        }
        QVERIFY(refused >= 200);
    }
}

void TestReaderRobustness::randomByteDamage()
{
    QRandomGenerator random(20261123);
    int loaded = 0;
    int refused = 0;
    for (int round = 0; round < 600; ++round) {
        QByteArray damaged = m_examples.at(round % m_examples.size());
        const int edits = 1 + int(random.bounded(4));
        for (int i = 0; i < edits; ++i) {
            const auto at = qsizetype(random.bounded(quint32(damaged.size())));
            switch (random.bounded(3)) {
            case 0:
                damaged[at] = char(random.bounded(256));
                break;
            case 1:
                damaged.remove(at, 1 + qsizetype(random.bounded(40)));
                break;
            default:
                damaged.insert(at, "\"}],{[0-e");
                break;
            }
        }
        FormatError error;
        const auto model = TmodelReader::read(damaged, &error);
        if (model) {
            ++loaded;
            // Whatever loads must also save and load again to the same model.
            const auto again = TmodelReader::read(TmodelWriter::write(*model), &error);
            QVERIFY(again);
            QVERIFY(*again == *model);
        } else {
            ++refused;
            QVERIFY(!error.message.isEmpty());
            QVERIFY(!error.toString(QStringLiteral("f")).contains(QLatin1Char('\n')));
        }
    }
    QVERIFY(refused > 400);
    QCOMPARE(loaded + refused, 600);
}

void TestReaderRobustness::randomGarbage()
{
    QRandomGenerator random(7);
    for (int round = 0; round < 300; ++round) {
        QByteArray garbage(qsizetype(random.bounded(20000)), Qt::Uninitialized);
        for (char& c : garbage)
            c = char(random.bounded(256));
        FormatError error;
        QVERIFY(!TmodelReader::read(garbage, &error));
        QVERIFY(!error.message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestReaderRobustness)
#include "tst_readerrobustness.moc"
