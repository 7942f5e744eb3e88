// Saving under faults: a save that fails at any one of its writes, or meets a folder it
// cannot write, leaves the old file whole and no temporary file behind, and says why in one
// line; a file replaced on disk while a model is open is replaced whole by the save, never
// mixed with it.
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "format/ModelFile.h"
#include "format/TmodelWriter.h"
#include "model/Model.h"
#include "model/SyntheticModel.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace latch;

namespace {

// A QSaveFile whose write number `failAt` (0 first) fails, as a full disk would.
class FailingSaveFile : public QSaveFile
{
public:
    FailingSaveFile(const QString& path, int failAt)
        : QSaveFile(path)
        , m_failAt(failAt)
    {
    }

protected:
    qint64 writeData(const char* data, qint64 length) override
    {
        if (m_writes++ == m_failAt) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        return QSaveFile::writeData(data, length);
    }

private:
    int m_failAt;
    int m_writes = 0;
};

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

// A model of `elements` elements with its register: 2,500 make a file of a few MiB, so that
// a save takes several writes.
Model syntheticModel(int elements, quint32 seed)
{
    Model model = SyntheticModel::generate(elements, seed);
    ThreatGenerator(RuleLibraryLoader::standard(nullptr)).generate(model);
    return model;
}

} // namespace

class TestSaveFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interruptedAtEveryWrite();
    void unwritableFolder();
    void fileReplacedWhileOpen();
};

void TestSaveFaults::interruptedAtEveryWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.tmodel"));
    const QByteArray old = TmodelWriter::write(Model::blank(QStringLiteral("The old model")));
    QVERIFY(writeAll(path, old));
    const Model edited = syntheticModel(2500, 2);
    int pieces = 0;
    QVERIFY(TmodelWriter::write(edited, [&pieces](const QByteArray&) { return ++pieces > 0; }));
    QVERIFY2(pieces >= 3, "the model should take several writes");
    for (int failAt = 0; failAt < pieces; ++failAt) {
        FailingSaveFile file(path, failAt);
        QString error;
        QVERIFY2(!ModelFile::save(edited, file, &error), qPrintable(QString::number(failAt)));
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write: No space left")),
                 qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QVERIFY2(readAll(path) == old, qPrintable(QStringLiteral("write %1").arg(failAt)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("model.tmodel")});
    }
    // With no fault the new model is there, whole.
    QString error;
    QVERIFY2(ModelFile::save(edited, path, &error), qPrintable(error));
    QCOMPARE(readAll(path), TmodelWriter::write(edited));
}

void TestSaveFaults::unwritableFolder()
{
    QTemporaryDir dir;
    const Model model = Model::blank(QStringLiteral("Shop"));
    QString error;
    if (::geteuid() != 0) {
        // A folder without write permission (root may write anywhere, so not for root).
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QString path = folder + QStringLiteral("/model.tmodel");
        QVERIFY(!ModelFile::save(model, path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write: ")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    // A "folder" that is a file: refused for everyone, root included.
    const QString notAFolder = dir.filePath(QStringLiteral("plain"));
    QVERIFY(writeAll(notAFolder, "not a folder"));
    const QString path = notAFolder + QStringLiteral("/model.tmodel");
    QVERIFY(!ModelFile::save(model, path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": cannot write: ")), qPrintable(error));
    QCOMPARE(readAll(notAFolder), QByteArray("not a folder"));
}

void TestSaveFaults::fileReplacedWhileOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.tmodel"));
    QVERIFY(writeAll(path, TmodelWriter::write(Model::blank(QStringLiteral("Ours")))));
    QString error;
    auto ours = ModelFile::load(path, &error);
    QVERIFY2(ours, qPrintable(error));
    // Someone else writes a larger model to the same path while ours is open.
    const QByteArray theirs = TmodelWriter::write(syntheticModel(200, 3));
    QVERIFY(writeAll(path, theirs));
    ours->title = QStringLiteral("Ours, edited");
    QVERIFY2(ModelFile::save(*ours, path, &error), qPrintable(error));
    const QByteArray now = readAll(path);
    QCOMPARE(now, TmodelWriter::write(*ours)); // ours whole, nothing of theirs left
    QVERIFY(now.size() < theirs.size());
}

QTEST_GUILESS_MAIN(TestSaveFaults)
#include "tst_savefaults.moc"
