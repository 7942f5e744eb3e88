// The command line under faults: a file-size limit reached in the middle of a save (as on a
// full disk or over a quota) ends in a one-line error and exit status 1, with the old file
// whole and no temporary file left behind.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileSizeLimitDuringSave();
};

void TestCliFaults::fileSizeLimitDuringSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("banking.tmodel"));
    QFile example(QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/online-banking.tmodel"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    // The same model on one line: valid, not canonical, so `fmt` rewrites it in full.
    const QByteArray canonical = example.readAll();
    const QByteArray compact = canonical.simplified();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(compact), compact.size());
    file.close();

    // POSIX sh counts `ulimit -f` in 512-byte blocks: half of what the save has to write.
    const QString blocks = QString::number(canonical.size() / 2 / 512);
    QProcess process;
    process.start(QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("ulimit -f %1 && exec \"$0\" fmt \"$1\"").arg(blocks),
                   QStringLiteral(LATCH_CLI_PATH), path});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = process.readAllStandardError().trimmed();
    QVERIFY2(err.startsWith(QByteArray(path.toUtf8() + ": cannot write: ")), err.constData());
    QVERIFY(!err.contains('\n'));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), compact);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("banking.tmodel")});
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"
