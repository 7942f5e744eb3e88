// Runs the fuzzers' regression inputs (tests/fuzz/corpus/<target>/: every crash, hang or leak a
// libFuzzer run found, and hand-made tricky inputs) through the same reader entry points and
// checks as the targets (tests/fuzz/FuzzChecks.h), in the normal build, without clang: each input
// must give a result or a clean error within a second. A target whose folder is empty fails.
#include "../fuzz/FuzzChecks.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace latch;

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
};

using Check = QString (*)(const QByteArray&);
Q_DECLARE_METATYPE(Check)

void TestFuzzCorpus::corpus_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<Check>("check");
    // The folders scripts/fuzz names its targets by.
    QTest::newRow("tmodel") << QStringLiteral("tmodel") << Check(&fuzz::tmodel);
    QTest::newRow("threatdragon") << QStringLiteral("threatdragon") << Check(&fuzz::threatDragon);
    QTest::newRow("tm7") << QStringLiteral("tm7") << Check(&fuzz::tm7);
    QTest::newRow("tb7") << QStringLiteral("tb7") << Check(&fuzz::tb7);
    QTest::newRow("otm") << QStringLiteral("otm") << Check(&fuzz::otm);
    QTest::newRow("condition") << QStringLiteral("condition") << Check(&fuzz::condition);
    QTest::newRow("rulelibrary") << QStringLiteral("rulelibrary") << Check(&fuzz::ruleLibrary);
}

void TestFuzzCorpus::corpus()
{
    QFETCH(QString, folder);
    QFETCH(Check, check);
    const QDir dir(QStringLiteral(LATCH_SOURCE_DIR "/tests/fuzz/corpus/") + folder);
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(dir.path() + QStringLiteral(" has no inputs")));
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        QElapsedTimer timer;
        timer.start();
        const QString problem = check(bytes);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(problem.isEmpty(),
                 qPrintable(folder + QLatin1Char('/') + name + QStringLiteral(": ") + problem));
        QVERIFY2(elapsed < 1000, qPrintable(folder + QLatin1Char('/') + name +
                                            QStringLiteral(": %1 ms").arg(elapsed)));
    }
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
