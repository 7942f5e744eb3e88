#include "Autosaver.h"
#include "Document.h"
#include "ModelBuilder.h"
#include "RecoveryStore.h"
#include "commands/MoveElementsCommand.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace latch;
using latch::test::ModelBuilder;

namespace {

Model small()
{
    ModelBuilder b;
    b.box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("API"), {0, 0, 100, 100});
    return b.model();
}

} // namespace

class TestAutosaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOnlyUnsavedWork();
    void restoresAsUnsavedWork();
    void timerWrites();
    void signalsFailureAndRecovery();
};

void TestAutosaver::writesOnlyUnsavedWork()
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    Document document(small());
    auto autosaver = std::make_unique<Autosaver>(&document, store, 0);
    QVERIFY(!autosaver->saveNow()); // nothing unsaved
    QVERIFY(store.pending().isEmpty());

    document.undoStack()->push(new MoveElementsCommand(&document, {QStringLiteral("p")}, 10, 0));
    QVERIFY(autosaver->saveNow());
    QCOMPARE(store.pending().size(), 1);
    QCOMPARE(store.pending().first().originalPath, QString());

    // Saving the model removes the copy; new edits bring it back, naming the file.
    const QString path = dir.filePath(QStringLiteral("m.tmodel"));
    QString error;
    QVERIFY(document.save(path, &error));
    QVERIFY(store.pending().isEmpty());
    document.undoStack()->push(new MoveElementsCommand(&document, {QStringLiteral("p")}, 10, 0));
    QVERIFY(autosaver->saveNow());
    QCOMPARE(store.pending().first().originalPath, document.filePath());
    // Undo back to the saved state: nothing to recover.
    document.undoStack()->undo();
    QVERIFY(store.pending().isEmpty());
    document.undoStack()->redo();
    QVERIFY(autosaver->saveNow());
    // A normal close removes the copy; a crash would leave it for the next start.
    autosaver.reset();
    QVERIFY(store.pending().isEmpty());
}

void TestAutosaver::restoresAsUnsavedWork()
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    Document document(small());
    Autosaver autosaver(&document, store, 0);
    document.undoStack()->push(new MoveElementsCommand(&document, {QStringLiteral("p")}, 30, 40));
    QVERIFY(autosaver.saveNow());
    const RecoveryStore::Entry entry = store.pending().first();

    QString error;
    std::unique_ptr<Document> restored(
        Document::restore(entry.recoveryFile, QStringLiteral("/models/shop.tmodel"), &error));
    QVERIFY2(restored, qPrintable(error));
    QVERIFY(restored->model() == document.model());
    QVERIFY(restored->isModified()); // must be saved deliberately
    QCOMPARE(restored->filePath(), QStringLiteral("/models/shop.tmodel"));
    QVERIFY(restored->recoveryKey() != document.recoveryKey());
}

void TestAutosaver::timerWrites()
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
    Document document(small());
    Autosaver autosaver(&document, store, 1);
    document.undoStack()->push(new MoveElementsCommand(&document, {QStringLiteral("p")}, 10, 0));
    QTRY_COMPARE_WITH_TIMEOUT(store.pending().size(), 1, 5000);
}

void TestAutosaver::signalsFailureAndRecovery()
{
    QTemporaryDir dir;
    // A file where the recovery folder should be: no copy can be written.
    const QString folder = dir.filePath(QStringLiteral("recovery"));
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Document document(small());
    Autosaver autosaver(&document, RecoveryStore(folder), 0);
    QSignalSpy failed(&autosaver, &Autosaver::failed);
    QSignalSpy saved(&autosaver, &Autosaver::saved);
    document.undoStack()->push(new MoveElementsCommand(&document, {QStringLiteral("p")}, 10, 0));
    QVERIFY(!autosaver.saveNow());
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(folder));
    QCOMPARE(saved.count(), 0);
    QVERIFY(QFile::remove(folder));
    QVERIFY(autosaver.saveNow());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(failed.count(), 1);
}

QTEST_GUILESS_MAIN(TestAutosaver)
#include "tst_autosaver.moc"
