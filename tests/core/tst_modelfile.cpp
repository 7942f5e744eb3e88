#include "ModelBuilder.h"
#include "format/ModelFile.h"
#include "format/TmodelFormat.h"
#include "format/TmodelWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace latch;
using latch::test::ModelBuilder;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Model smallModel()
{
    ModelBuilder b(QStringLiteral("Small"));
    b.box(ElementKind::Process, QStringLiteral("e-a"), QStringLiteral("A"), {0, 0, 100, 100});
    return b.model();
}

} // namespace

class TestModelFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveThenLoad();
    void saveReplacesAtomically();
    void failedSaveLeavesOldFile();
    void failedLoadNeverWrites();
    void loadErrorsNameTheFile();
    void refusesOversizedFileWithoutReadingIt();
};

void TestModelFile::saveThenLoad()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small.tmodel"));
    QString error;
    QVERIFY2(ModelFile::save(smallModel(), path, &error), qPrintable(error));
    const auto loaded = ModelFile::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(*loaded == smallModel());
    QCOMPARE(readAll(path), TmodelWriter::write(smallModel()));
}

void TestModelFile::saveReplacesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.tmodel"));
    QVERIFY(writeAll(path, "old contents"));
    QString error;
    QVERIFY(ModelFile::save(smallModel(), path, &error));
    QCOMPARE(readAll(path), TmodelWriter::write(smallModel()));
    // QSaveFile writes a temporary file and renames it: nothing else is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("m.tmodel")});
}

void TestModelFile::failedSaveLeavesOldFile()
{
    QTemporaryDir dir;
    const QString missingDir = dir.filePath(QStringLiteral("no/such/dir/m.tmodel"));
    QString error;
    QVERIFY(!ModelFile::save(smallModel(), missingDir, &error));
    QVERIFY2(error.startsWith(missingDir + QStringLiteral(": cannot write")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missingDir));

    // A directory stands where the file should go: the save fails and touches nothing.
    const QString occupied = dir.filePath(QStringLiteral("occupied.tmodel"));
    QVERIFY(QDir().mkpath(occupied + QStringLiteral("/inside")));
    QVERIFY(!ModelFile::save(smallModel(), occupied, &error));
    QVERIFY(QFileInfo(occupied + QStringLiteral("/inside")).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestModelFile::failedLoadNeverWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.tmodel"));
    const QByteArray broken = "{\"format\": \"latch.tmodel\", \"version\": 2, \"diagrams\": [";
    QVERIFY(writeAll(path, broken));
    const QDateTime before = QFileInfo(path).lastModified();
    QString error;
    QVERIFY(!ModelFile::load(path, &error));
    QCOMPARE(readAll(path), broken);
    QCOMPARE(QFileInfo(path).lastModified(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestModelFile::loadErrorsNameTheFile()
{
    QTemporaryDir dir;
    QString error;
    bool unreadable = false;
    const QString missing = dir.filePath(QStringLiteral("missing.tmodel"));
    QVERIFY(!ModelFile::load(missing, &error, &unreadable));
    QCOMPARE(error, missing + QStringLiteral(": no such file"));
    QVERIFY(unreadable);

    QVERIFY(!ModelFile::load(dir.path(), &error, &unreadable));
    QVERIFY(error.contains(QLatin1String("is a directory")));
    QVERIFY(unreadable);

    const QString garbage = dir.filePath(QStringLiteral("garbage.tmodel"));
    QVERIFY(writeAll(garbage, "\x89PNG\r\n\x1a\n binary"));
    QVERIFY(!ModelFile::load(garbage, &error, &unreadable));
    QVERIFY2(error.startsWith(garbage + QStringLiteral(":1:")), qPrintable(error));
    QVERIFY(!unreadable);
}

void TestModelFile::refusesOversizedFileWithoutReadingIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.tmodel"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(TmodelFormat::maximumFileSize + 1)); // sparse: zeros, one byte over
    }
    QString error;
    QVERIFY(!ModelFile::load(path, &error));
    QVERIFY2(error.contains(QLatin1String("larger than the 256 MiB limit")), qPrintable(error));
    QCOMPARE(QFileInfo(path).size(), TmodelFormat::maximumFileSize + 1);
}

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
