// What the window tells the user when something goes wrong, and that nothing is lost: a save
// that fails keeps every edit; a rule library that does not load is named as the window opens
// and stays flagged in the status bar; a failed autosave is shown until the next one works.
#include "Autosaver.h"
#include "Document.h"
#include "ModelBuilder.h"
#include "RecoveryStore.h"
#include "commands/AddElementsCommand.h"
#include "scene/DiagramScene.h"
#include "window/DiagramView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace latch;

class TestWindowWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Settings and recovery copies go to a test location, not the user's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void failedSaveSaysWhyAndKeepsTheEdits();
    void saysWhenTheModelsLibraryFailsToLoad();
    void saysWhenAutosaveFails();
};

// A save that fails (here a folder that is a file, which refuses root too) tells the user why
// and keeps every edit: the window stays modified and the next save can succeed.
void TestWindowWarnings::failedSaveSaysWhyAndKeepsTheEdits()
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain"));
    QFile file(plain);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a folder");
    file.close();
    MainWindow window;
    window.show();
    Document* document = window.document();
    window.currentScene()->setTool(DiagramScene::ToolKind::Process);
    QTest::mouseClick(window.view()->viewport(), Qt::LeftButton, {}, QPoint(200, 150));
    QCOMPARE(document->model().diagrams.first().elements.size(), 1);
    QVERIFY(window.isWindowModified());
    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    const QString path = plain + QStringLiteral("/model.tmodel");
    QVERIFY(!window.saveAs(path));
    QVERIFY2(shown.startsWith(path + QStringLiteral(": cannot write: ")), qPrintable(shown));
    QCOMPARE(document->model().diagrams.first().elements.size(), 1);
    QVERIFY(window.isWindowModified());
    QVERIFY(document->filePath().isEmpty());
    const QString good = dir.filePath(QStringLiteral("model.tmodel"));
    QVERIFY(window.saveAs(good));
    QVERIFY(!window.isWindowModified());
    QVERIFY(QFile::exists(good));
}

void TestWindowWarnings::saysWhenTheModelsLibraryFailsToLoad()
{
    // The model's own library names a category this Latch does not know, so it cannot load.
    Model model =
        test::ModelBuilder()
            .box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("API"), {0, 0, 100, 100})
            .model();
    model.embeddedLibrary =
        QByteArrayLiteral(R"({"format":"latch.rules","version":1,"id":"acme","rules":[)"
                          R"({"id":"ACME-1","category":"no_such_category","target":"process",)"
                          R"("title":"{element.name} belongs to ACME"}]})");
    auto window = std::make_unique<MainWindow>(new Document(model));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // A message as the window opens, naming the problem...
    QMessageBox* message = nullptr;
    QTRY_VERIFY((message = window->findChild<QMessageBox*>(QStringLiteral("libraryErrors"))) &&
                message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("could not be loaded")),
             qPrintable(message->text()));
    QVERIFY2(message->informativeText().contains(QStringLiteral("no_such_category")),
             qPrintable(message->informativeText()));
    message->accept();
    // ...and a warning in the status bar that stays while the library is not loaded.
    auto* warning = window->statusBar()->findChild<QLabel*>(QStringLiteral("libraryWarning"));
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("could not be loaded")),
             qPrintable(warning->text()));
    QVERIFY(warning->toolTip().contains(QStringLiteral("no_such_category")));

    // A model whose libraries all load shows neither.
    auto fine = std::make_unique<MainWindow>();
    fine->show();
    QVERIFY(QTest::qWaitForWindowExposed(fine.get()));
    QTest::qWait(20);
    QVERIFY(!fine->findChild<QMessageBox*>(QStringLiteral("libraryErrors")));
    QVERIFY(!fine->statusBar()->findChild<QLabel*>(QStringLiteral("libraryWarning"))->isVisible());
}

void TestWindowWarnings::saysWhenAutosaveFails()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    Document* document = window->document();
    Element process;
    process.id = QStringLiteral("p");
    process.kind = ElementKind::Process;
    process.name = QStringLiteral("API");
    process.bounds = {0, 0, 100, 100};
    document->undoStack()->push(new AddElementsCommand(
        document, document->model().diagrams.first().id, {process}, QStringLiteral("Add")));
    // A folder where the recovery copy goes: the copy cannot be written.
    const QString copy = window->autosaver()->store().folder() + QLatin1Char('/') +
                         document->recoveryKey() + QStringLiteral(".tmodel");
    QVERIFY(QDir().mkpath(copy + QStringLiteral("/blocked")));
    auto* warning = window->statusBar()->findChild<QLabel*>(QStringLiteral("autosaveWarning"));
    QVERIFY(!warning || !warning->isVisible());
    QVERIFY(!window->autosaver()->saveNow());
    QVERIFY2(window->statusBar()->currentMessage().startsWith(QStringLiteral("Autosave failed")),
             qPrintable(window->statusBar()->currentMessage()));
    warning = window->statusBar()->findChild<QLabel*>(QStringLiteral("autosaveWarning"));
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("out of date")), qPrintable(warning->text()));
    QVERIFY(warning->toolTip().contains(copy));
    // Still there after the passing message has gone, until an autosave succeeds.
    window->statusBar()->clearMessage();
    QVERIFY(warning->isVisible());
    QVERIFY(QDir(copy).removeRecursively());
    QVERIFY(window->autosaver()->saveNow());
    QVERIFY(!warning->isVisible());
}

QTEST_MAIN(TestWindowWarnings)
#include "tst_windowwarnings.moc"
