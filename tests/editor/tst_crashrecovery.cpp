// Crash recovery, as a user meets it: the editor is killed (SIGKILL, no chance to clean up)
// a moment after some edits; the next start offers the autosaved work and restores every
// edit, as unsaved changes to the same file, which itself was never written.
//
// The editor that crashes is this test's own executable started again with --child: it opens
// the model, edits it, waits for the autosave timer's copy, says "ready" and waits to be killed.
#include "Document.h"
#include "Preferences.h"
#include "RecoveryStore.h"
#include "commands/AddElementsCommand.h"
#include "commands/EditElementCommand.h"
#include "model/IdGenerator.h"
#include "window/MainWindow.h"
#include "window/WindowManager.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace latch;

namespace {

const QString addedName = QStringLiteral("Added before the crash");
const QString renamedName = QStringLiteral("Gateway, renamed before the crash");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Settings and recovery copies in `folder`, for this process and the child it starts.
void useFolder(const QString& folder)
{
    qputenv("XDG_CONFIG_HOME", (folder + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (folder + QStringLiteral("/data")).toUtf8());
}

const Element* named(const Model& model, const QString& name)
{
    for (const Diagram& d : model.diagrams) {
        for (const Element& e : d.elements) {
            if (e.name == name)
                return &e;
        }
    }
    return nullptr;
}

int runChild(const QString& modelPath)
{
    Preferences preferences = Preferences::load();
    preferences.autosaveSeconds = 1;
    preferences.save();
    QString error;
    MainWindow* window = MainWindow::openFile(modelPath, &error);
    if (!window) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 3;
    }
    window->show();
    Document* document = window->document();
    Element added;
    added.id = IdGenerator::newId(IdKind::Element);
    added.kind = ElementKind::Process;
    added.type = QStringLiteral("process");
    added.name = addedName;
    added.bounds = {40, 600, 120, 80};
    document->undoStack()->push(new AddElementsCommand(
        document, document->model().diagrams.first().id, {added}, QStringLiteral("Add")));
    Element gateway = *named(document->model(), QStringLiteral("API gateway"));
    gateway.name = renamedName;
    document->undoStack()->push(
        new EditElementCommand(document, gateway, QStringLiteral("Rename")));
    // Ready once the autosave timer (not a direct call) has written a copy with both edits.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [] {
        for (const RecoveryStore::Entry& entry : RecoveryStore().pending()) {
            const QByteArray copy = readAll(entry.recoveryFile);
            if (copy.contains(addedName.toUtf8()) && copy.contains(renamedName.toUtf8())) {
                std::printf("ready\n");
                std::fflush(stdout);
            }
        }
    });
    poll.start(100);
    return QApplication::exec(); // until killed
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedEditorsWorkIsRestored();
};

void TestCrashRecovery::killedEditorsWorkIsRestored()
{
    QTemporaryDir dir;
    useFolder(dir.path());
    const QString modelPath = dir.filePath(QStringLiteral("banking.tmodel"));
    QVERIFY(QFile::copy(
        QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/online-banking.tmodel"), modelPath));
    const QByteArray original = readAll(modelPath);

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), modelPath});
    QVERIFY(child.waitForStarted());
    QByteArray said;
    for (int waited = 0; !said.contains("ready") && waited < 300; ++waited) {
        child.waitForReadyRead(100);
        said += child.readAllStandardOutput();
    }
    QVERIFY2(said.contains("ready"), child.readAllStandardError().constData());
    child.kill(); // SIGKILL: no destructor runs, the recovery copy stays
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // The next start: the offer is answered Yes, as a user would.
    QCOMPARE(RecoveryStore().pending().size(), 1);
    QString question;
    QTimer::singleShot(0, [&question] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    QCOMPARE(WindowManager::offerRecovery(), 1);
    QVERIFY2(question.contains(modelPath), qPrintable(question));
    const QList<MainWindow*> windows = WindowManager::windows();
    QCOMPARE(windows.size(), 1);
    std::unique_ptr<MainWindow> restored(windows.first());
    const Document* document = restored->document();
    QVERIFY(document->isModified());
    QCOMPARE(document->filePath(), modelPath);
    QVERIFY(named(document->model(), addedName));
    QVERIFY(named(document->model(), renamedName));
    QVERIFY(!named(document->model(), QStringLiteral("API gateway")));
    // The new process got its threats, as the edit gave them before the crash.
    const Element* added = named(document->model(), addedName);
    bool threatened = false;
    for (const Threat& t : document->model().threats)
        threatened = threatened || t.element == added->id;
    QVERIFY(threatened);
    QCOMPARE(readAll(modelPath), original);         // the model file itself was never written
    QVERIFY(RecoveryStore().pending().size() <= 1); // the restored window keeps its own copy
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--child")
        return runChild(QString::fromLocal8Bit(argv[2]));
    TestCrashRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
