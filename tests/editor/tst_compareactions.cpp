// Compare With… in the editor (README, "Comparing with another version"): at the window's
// default size the menu asks for a revision or a file, the Changes panel comes to the front
// with the changes grouped security first, each element is marked on the canvas in its colour
// (ghosts where removed elements were), choosing a change shows it, and hiding layout or
// ending the comparison clears what it should. Conflicts a merge left are marked too.
#include "Document.h"
#include "ExampleModels.h"
#include "GitRepo.h"
#include "Screenshot.h"
#include "TestFiles.h"
#include "WindowTesting.h"
#include "compare/Comparison.h"
#include "docks/ChangesDock.h"
#include "docks/ConflictsDock.h"
#include "merge/ModelMerge.h"
#include "scene/DiagramScene.h"
#include "scene/ElementItem.h"
#include "scene/GhostItem.h"
#include "window/CompareActions.h"
#include "window/DiagramView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace latch;
using namespace latch::test;

namespace {

const QString account = QStringLiteral("e-8923a5e0407b"); // "Account service"
const QString fraud = QStringLiteral("e-8ab89167d909");   // "Fraud scoring service"
const QString fraudFlow = QStringLiteral("e-67d4028f412d");
const QString mobile = QStringLiteral("e-c177081f6e30");    // "Mobile banking app"
const QString customer = QStringLiteral("e-63f7afce9173");  // untouched
const QString statement = QStringLiteral("e-5a7e3e000001"); // added

// Since the committed example: a rename, a removal, an addition and a move.
Model edited()
{
    Model model = loadExample("online-banking.tmodel");
    elementNamed(model, QStringLiteral("Account service")).name = QStringLiteral("Accounts");
    removeWithFlows(model, fraud);
    elementNamed(model, QStringLiteral("Mobile banking app")).bounds.x += 40;
    Element added = elementNamed(model, QStringLiteral("Payment service"));
    added.id = statement;
    added.name = QStringLiteral("Statement service");
    added.bounds.x = 965;
    added.bounds.y = 650;
    model.diagrams[0].elements.append(added);
    return model;
}

// Answers the modal dialog the next action opens, as a user would, again while it stays open
// (a file dialog still reading its folder may not take the first answer); one that never
// comes, or stays, is closed after ten seconds so that the test fails, not hangs.
template <typename Dialog>
void answer(const std::function<void(Dialog*)>& act)
{
    // Owned by the application, so that nothing is left behind if the test ends first.
    auto* timer = new QTimer(qApp);
    timer->setInterval(100);
    struct State
    {
        QElapsedTimer waited;
        bool answered = false;
    };
    auto state = std::make_shared<State>();
    state->waited.start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, state, act] {
        Dialog* dialog = nullptr;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<Dialog*>(widget); d && d->isVisible())
                dialog = d;
        }
        const bool done = state->answered && !dialog;
        if (!done && state->waited.elapsed() < 10'000) {
            if (dialog) {
                state->answered = true;
                act(dialog);
            }
            return;
        }
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<QDialog*>(widget); d && d->isVisible())
                d->reject();
        }
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
}

QTreeWidgetItem* rowFor(QTreeWidget* tree, const QString& element, const QString& change)
{
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* row = group->child(i);
            if (row->text(1).contains(element) && row->text(0) == change)
                return row;
        }
    }
    return nullptr;
}

void clickRow(QTreeWidget* tree, QTreeWidgetItem* row)
{
    QVERIFY(row);
    tree->scrollToItem(row);
    const QRect rect = tree->visualItemRect(row);
    QVERIFY(tree->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

// The canvas's pixel just left of the element's outline, where its mark's halo lies, at 1:1.
QColor haloPixel(DiagramView* view, DiagramScene* scene, const QString& id)
{
    view->setTransform(QTransform());
    ElementItem* item = scene->itemFor(id);
    view->centerOn(item);
    const Element* e = item->element();
    const QPoint at =
        view->mapFromScene(QPointF(e->bounds.x - 2, e->bounds.y + e->bounds.height / 2));
    return view->viewport()->grab().toImage().pixelColor(at);
}

QString visibleGroups(QTreeWidget* tree)
{
    QStringList groups;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        groups << tree->topLevelItem(g)->text(0);
    return groups.join(QStringLiteral(", "));
}

} // namespace

class TestCompareActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void revisionByKeyboardMarkedAndListed();
    void fileByMenu();
    void conflictsMarked();
};

void TestCompareActions::revisionByKeyboardMarkedAndListed()
{
    GitRepo repo;
    const QString file =
        repo.commitFile(QStringLiteral("bank.tmodel"), readAll(example("online-banking.tmodel")),
                        QStringLiteral("base"));
    QVERIFY(!file.isEmpty());
    QString error;
    QVERIFY2(ModelFile::save(edited(), file, &error), qPrintable(error));
    const QByteArray saved = readAll(file);

    std::unique_ptr<MainWindow> window(MainWindow::openFile(file, &error));
    QVERIFY2(window, qPrintable(error));
    window->show();
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    ChangesDock* dock = window->compareActions()->dock();
    auto* tree = dock->findChild<QTreeWidget*>(QStringLiteral("changeList"));

    // Ctrl+Alt+D asks for the revision; HEAD is the last commit.
    answer<QInputDialog>([](QInputDialog* dialog) {
        QCOMPARE(dialog->textValue(), QStringLiteral("HEAD"));
        dialog->accept();
    });
    QTest::keyClick(window.get(), Qt::Key_D, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(window->compareActions()->comparison()->isActive());
    QCOMPARE(window->compareActions()->comparison()->label(), QStringLiteral("HEAD:bank.tmodel"));

    // The panel is in front, inside the window, with room for its rows.
    QVERIFY(dock->isVisible() && !dock->visibleRegion().isEmpty());
    QVERIFY(window->rect().contains(dock->geometry()));
    QVERIFY(tree->isVisible() && tree->height() >= 40);
    const QString groups = visibleGroups(tree);
    QVERIFY2(groups.startsWith(QStringLiteral("Security")), qPrintable(groups));
    QVERIFY2(groups.endsWith(QStringLiteral("Layout (1)")), qPrintable(groups));
    QVERIFY(rowFor(tree, QStringLiteral("“Statement service”"), QStringLiteral("added")));
    QVERIFY(rowFor(tree, QStringLiteral("“Mobile banking app”"), QStringLiteral("moved")));

    // Each element marked as it changed, the others not.
    auto* scene = qobject_cast<DiagramScene*>(window->view()->scene());
    QCOMPARE(scene->markFor(account), CanvasMarks::Mark::Changed);
    QCOMPARE(scene->markFor(statement), CanvasMarks::Mark::Added);
    QCOMPARE(scene->markFor(mobile), CanvasMarks::Mark::Changed);
    QCOMPARE(scene->markFor(customer), CanvasMarks::Mark::None);
    screenshot(window.get(), "compare-banking.png");
    // ... and in colour: amber around the renamed service, green around the new one.
    const QColor amber = haloPixel(window->view(), scene, account);
    QVERIFY2(amber.red() > amber.blue() + 60 && amber.green() > amber.blue() + 30,
             qPrintable(amber.name()));
    const QColor green = haloPixel(window->view(), scene, statement);
    QVERIFY2(green.green() > green.red() + 25 && green.green() > green.blue() + 25,
             qPrintable(green.name()));
    const QColor plain = haloPixel(window->view(), scene, customer);
    QVERIFY2(plain != amber && plain != green, qPrintable(plain.name()));

    // What was removed is drawn where it was, and cannot be picked.
    GhostItem* ghost = scene->ghostFor(fraud);
    QVERIFY(ghost);
    QVERIFY(scene->ghostFor(fraudFlow));
    const Element* old = window->compareActions()->comparison()->other()->findElement(fraud);
    const QPointF oldCentre(old->bounds.x + old->bounds.width / 2,
                            old->bounds.y + old->bounds.height / 2);
    QVERIFY(ghost->sceneBoundingRect().contains(oldCentre));
    QVERIFY(!scene->elementItemAt(oldCentre));

    // Choosing a change shows its element; choosing a removal shows its ghost.
    clickRow(tree, rowFor(tree, QStringLiteral("“Accounts”"), QStringLiteral("renamed")));
    QCOMPARE(scene->selectedIds(), QStringList{account});
    clickRow(tree,
             rowFor(tree, QStringLiteral("“Fraud scoring service”"), QStringLiteral("removed")));
    QVERIFY(scene->selectedIds().isEmpty());
    const QRectF shown =
        window->view()->mapToScene(window->view()->viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(oldCentre));

    // Edits while comparing: deleting the new service unmarks it; undo marks it again.
    scene->deleteElements({statement}, true);
    QTRY_VERIFY(!rowFor(tree, QStringLiteral("“Statement service”"), QStringLiteral("added")));
    QCOMPARE(scene->markFor(statement), CanvasMarks::Mark::None);
    QVERIFY(!scene->ghostFor(statement)); // HEAD never had it
    window->document()->undoStack()->undo();
    QTRY_VERIFY(rowFor(tree, QStringLiteral("“Statement service”"), QStringLiteral("added")));
    QCOMPARE(scene->markFor(statement), CanvasMarks::Mark::Added);

    // Hiding layout hides the move, on the canvas too.
    auto* hideLayout = dock->findChild<QCheckBox*>(QStringLiteral("hideLayout"));
    QVERIFY(hideLayout->isVisible());
    QTest::mouseClick(hideLayout, Qt::LeftButton, {}, QPoint(8, hideLayout->height() / 2));
    QVERIFY(hideLayout->isChecked());
    QVERIFY2(!visibleGroups(tree).contains(QStringLiteral("Layout")),
             qPrintable(visibleGroups(tree)));
    QCOMPARE(scene->markFor(mobile), CanvasMarks::Mark::None);
    QCOMPARE(scene->markFor(account), CanvasMarks::Mark::Changed);

    // Ending the comparison clears the panel and the canvas.
    auto* end = dock->findChild<QPushButton*>(QStringLiteral("endComparison"));
    QVERIFY(end->isVisible() && end->isEnabled());
    QTest::mouseClick(end, Qt::LeftButton);
    QVERIFY(!window->compareActions()->comparison()->isActive());
    QCOMPARE(scene->markFor(account), CanvasMarks::Mark::None);
    QVERIFY(!scene->ghostFor(fraud));
    QCOMPARE(tree->topLevelItemCount(), 0);
    QVERIFY(dock->findChild<QLabel*>(QStringLiteral("changesSummary"))
                ->text()
                .contains(QStringLiteral("Not comparing")));
    QVERIFY(!end->isEnabled());
    QCOMPARE(readAll(file), saved); // comparing wrote nothing
}

void TestCompareActions::fileByMenu()
{
    MainWindow window(new Document(edited()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* compare = actionNamed(&window, "Compare With &File…");
    QVERIFY(compare && compare->isEnabled());
    const QString path = example("online-banking.tmodel");
    answer<QFileDialog>([path](QFileDialog* dialog) {
        // The path typed into the name field, then Enter.
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    compare->trigger();
    Comparison* comparison = window.compareActions()->comparison();
    QTRY_VERIFY(comparison->isActive());
    QCOMPARE(comparison->label(), QStringLiteral("online-banking.tmodel"));
    auto* scene = qobject_cast<DiagramScene*>(window.view()->scene());
    QVERIFY(scene->ghostFor(fraud));
    QCOMPARE(scene->markFor(statement), CanvasMarks::Mark::Added);
    QAction* endAction = actionNamed(&window, "End Co&mparison");
    QVERIFY(endAction && endAction->isEnabled());
    endAction->trigger();
    QVERIFY(!comparison->isActive());
    QVERIFY(!endAction->isEnabled());
}

void TestCompareActions::conflictsMarked()
{
    // Both sides renamed the account service: a conflict, marked on the canvas until settled.
    const Model base = loadExample("online-banking.tmodel");
    Model ours = base;
    Model theirs = base;
    elementNamed(ours, QStringLiteral("Account service")).name = QStringLiteral("Accounts");
    elementNamed(theirs, QStringLiteral("Account service")).name = QStringLiteral("Account API");
    auto* document = new Document(ModelMerge::merge(base, ours, theirs).model);
    QCOMPARE(document->model().conflicts.size(), 1);
    MainWindow window(document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* scene = qobject_cast<DiagramScene*>(window.view()->scene());
    QCOMPARE(scene->markFor(account), CanvasMarks::Mark::Conflict);
    QCOMPARE(scene->markFor(customer), CanvasMarks::Mark::None);
    const QColor magenta = haloPixel(window.view(), scene, account);
    QVERIFY2(magenta.red() > magenta.green() + 50 && magenta.blue() > magenta.green() + 20,
             qPrintable(magenta.name()));

    auto* list = window.conflictsDock()->findChild<QListWidget*>(QStringLiteral("conflictList"));
    list->setCurrentRow(0);
    auto* theirsButton =
        window.conflictsDock()->findChild<QPushButton*>(QStringLiteral("useTheirs"));
    QTest::mouseClick(theirsButton, Qt::LeftButton);
    QCOMPARE(document->element(account)->name, QStringLiteral("Account API"));
    QCOMPARE(scene->markFor(account), CanvasMarks::Mark::None);
    document->undoStack()->undo();
    QCOMPARE(scene->markFor(account), CanvasMarks::Mark::Conflict);
}

QTEST_MAIN(TestCompareActions)
#include "tst_compareactions.moc"
