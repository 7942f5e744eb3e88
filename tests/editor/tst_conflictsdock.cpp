// Merge conflicts in the editor (README, "Merging two branches"): at the window's default
// size the panel is in front, lists each conflict, shows where it is on the canvas, and
// settles it by mouse with undo; saving keeps the rest and says how many remain. A model git
// left with text markers opens as the merge of git's three versions, without writing a byte.
#include "Document.h"
#include "ExampleModels.h"
#include "GitRepo.h"
#include "TestFiles.h"
#include "WindowTesting.h"
#include "docks/ConflictsDock.h"
#include "docks/ObjectivesDock.h"
#include "format/ModelFile.h"
#include "merge/ModelMerge.h"
#include "scene/DiagramScene.h"
#include "scene/ElementItem.h"
#include "window/DiagramView.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace latch;
using namespace latch::test;

namespace {

Threat& firstThreatOn(Model& model, const QString& elementId)
{
    for (Threat& t : model.threats) {
        if (t.element == elementId && !t.obsolete)
            return t;
    }
    qFatal("no threat");
}

// Three conflicts, in the order the merge lists them: the account service renamed
// differently, the fraud service removed by ours and renamed by theirs, one threat's status.
Model conflicted()
{
    const Model base = loadExample("online-banking.tmodel");
    Model ours = base;
    Model theirs = base;
    removeWithFlows(ours, elementNamed(ours, QStringLiteral("Fraud scoring service")).id);
    elementNamed(theirs, QStringLiteral("Fraud scoring service")).name =
        QStringLiteral("Fraud engine");
    elementNamed(ours, QStringLiteral("Account service")).name = QStringLiteral("Accounts");
    elementNamed(theirs, QStringLiteral("Account service")).name = QStringLiteral("Account API");
    const QString account = elementNamed(theirs, QStringLiteral("Account API")).id;
    firstThreatOn(ours, account).status = ThreatStatus::Mitigated;
    firstThreatOn(theirs, account).status = ThreatStatus::Accepted;
    return ModelMerge::merge(base, ours, theirs).model;
}

void clickVisible(QPushButton* button)
{
    QVERIFY(button->isVisible() && button->isEnabled());
    QVERIFY(!button->visibleRegion().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickRow(QListWidget* list, int row)
{
    const QRect rect = list->visualItemRect(list->item(row));
    QVERIFY(list->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestConflictsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void listedChosenAndSettledByMouse();
    void fileWithGitMarkersOpensMerged();
    void frameworksSettledByMouse();
};

void TestConflictsDock::listedChosenAndSettledByMouse()
{
    const Model model = conflicted();
    QStringList listed;
    for (const MergeConflict& c : model.conflicts)
        listed << c.subject + QLatin1Char(' ') + c.field + QLatin1Char(' ') + c.reason;
    QCOMPARE(listed, (QStringList{QStringLiteral("element name changed"),
                                  QStringLiteral("element  removed"),
                                  QStringLiteral("threat status changed")}));
    const QString fraud = model.conflicts.at(1).id;
    auto* document = new Document(model);
    MainWindow window(document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConflictsDock* dock = window.conflictsDock();
    QVERIFY(dock->isVisible());
    QVERIFY(window.rect().contains(dock->geometry()));
    auto* list = dock->findChild<QListWidget*>(QStringLiteral("conflictList"));
    QVERIFY(list->isVisible() && list->height() >= 40);
    QCOMPARE(list->count(), 3);
    QVERIFY2(list->item(1)->text().contains(QStringLiteral("removed by ours, changed by theirs")),
             qPrintable(list->item(1)->text()));

    // Choosing a conflict shows its element on the canvas.
    clickRow(list, 1);
    auto* scene = qobject_cast<DiagramScene*>(window.view()->scene());
    QCOMPARE(scene->selectedIds(), QStringList{fraud});
    QVERIFY(window.view()
                ->mapToScene(window.view()->viewport()->rect())
                .boundingRect()
                .contains(scene->itemFor(fraud)->sceneBoundingRect().center()));

    // Ours removed it: it goes, and comes back with undo.
    clickVisible(dock->findChild<QPushButton*>(QStringLiteral("useOurs")));
    QCOMPARE(document->model().conflicts.size(), 2);
    QVERIFY(!document->element(fraud));
    QVERIFY(!scene->itemFor(fraud));
    QCOMPARE(list->count(), 2);
    document->undoStack()->undo();
    QCOMPARE(document->model().conflicts.size(), 3);
    QVERIFY(scene->itemFor(fraud));
    QCOMPARE(document->element(fraud)->name, QStringLiteral("Fraud engine"));
    document->undoStack()->redo();
    QVERIFY(!document->element(fraud));

    // The name both sides changed: theirs, on the canvas's element, by mouse.
    clickRow(list, 0);
    const QString account = scene->selectedIds().value(0);
    QCOMPARE(document->element(account)->name, QStringLiteral("Accounts"));
    clickVisible(dock->findChild<QPushButton*>(QStringLiteral("useTheirs")));
    QCOMPARE(document->element(account)->name, QStringLiteral("Account API"));
    QCOMPARE(list->count(), 1);

    // Saving with one left keeps it and says so.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("merged.tmodel"));
    QVERIFY(window.saveAs(path));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("1 merge conflict")),
             qPrintable(window.statusBar()->currentMessage()));
    QString error;
    const auto saved = ModelFile::load(path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->conflicts.size(), 1);
    QCOMPARE(saved->conflicts.at(0).field, QStringLiteral("status"));
}

void TestConflictsDock::fileWithGitMarkersOpensMerged()
{
    // Two branches rename the same process, and git, with no driver, merges the lines.
    GitRepo repo;
    const QString file = repo.path(QStringLiteral("bank.tmodel"));
    const QByteArray base = readAll(example("online-banking.tmodel"));
    QVERIFY(writeAll(file, base));
    QCOMPARE(repo.commitAll(QStringLiteral("base")), 0);
    repo.run({QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("topic")});
    QByteArray topic = base;
    topic.replace("\"name\": \"Account service\"", "\"name\": \"Account API\"");
    QVERIFY(writeAll(file, topic));
    QCOMPARE(repo.commitAll(QStringLiteral("topic")), 0);
    repo.run({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
    QByteArray main = base;
    main.replace("\"name\": \"Account service\"", "\"name\": \"Accounts\"");
    QVERIFY(writeAll(file, main));
    QCOMPARE(repo.commitAll(QStringLiteral("main")), 0);
    QCOMPARE(repo.run({QStringLiteral("merge"), QStringLiteral("topic")}).status, 1);
    const QByteArray marked = readAll(file);
    QVERIFY(marked.contains("<<<<<<< HEAD"));

    QString error;
    std::unique_ptr<MainWindow> window(MainWindow::openFile(file, &error));
    QVERIFY2(window, qPrintable(error));
    Document* document = window->document();
    QVERIFY(document->mergedOnOpen());
    QVERIFY(document->isModified()); // the merge is not saved until the user saves it
    QCOMPARE(document->model().conflicts.size(), 1);
    const MergeConflict& c = document->model().conflicts.at(0);
    QCOMPARE(c.field, QStringLiteral("name"));
    QCOMPARE(c.ours, QByteArray("\"Accounts\""));
    QCOMPARE(c.theirs, QByteArray("\"Account API\""));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->conflictsDock()->isVisible());
    QCOMPARE(readAll(file), marked); // opening never writes

    // Outside git, text markers are the loader's error as before.
    QTemporaryDir elsewhere;
    const QString copy = elsewhere.filePath(QStringLiteral("copy.tmodel"));
    QVERIFY(writeAll(copy, marked));
    QVERIFY(!Document::open(copy, &error));
    QVERIFY2(error.contains(QStringLiteral("git left merge conflict markers")), qPrintable(error));
}

void TestConflictsDock::frameworksSettledByMouse()
{
    // One branch chooses LINDDUN, the other CIA: a conflict on the model's frameworks.
    const Model base = loadExample("online-banking.tmodel");
    Model ours = base;
    Model theirs = base;
    ours.frameworks = {QStringLiteral("stride"), QStringLiteral("linddun")};
    theirs.frameworks = {QStringLiteral("stride"), QStringLiteral("cia")};
    const Model merged = ModelMerge::merge(base, ours, theirs).model;
    QCOMPARE(merged.conflicts.size(), 1);
    QCOMPARE(merged.conflicts.at(0).field, QStringLiteral("frameworks"));
    auto* document = new Document(merged);
    MainWindow window(document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* list = window.conflictsDock()->findChild<QListWidget*>(QStringLiteral("conflictList"));
    clickRow(list, 0);
    clickVisible(window.conflictsDock()->findChild<QPushButton*>(QStringLiteral("useTheirs")));
    QCOMPARE(document->model().frameworks, theirs.frameworks);
    QVERIFY(document->model().conflicts.isEmpty());
    QVERIFY(window.objectivesDock()->frameworkBox(QStringLiteral("cia"))->isChecked());
    QVERIFY(!window.objectivesDock()->frameworkBox(QStringLiteral("linddun"))->isChecked());
    document->undoStack()->undo();
    QCOMPARE(document->model().frameworks, ours.frameworks);
    document->undoStack()->setClean();
}

QTEST_MAIN(TestConflictsDock)
#include "tst_conflictsdock.moc"
