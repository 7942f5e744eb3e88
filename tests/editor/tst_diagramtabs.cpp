// The diagram tabs: one per diagram of the model, added and deleted from the Diagram menu,
// every change undoable, the canvas showing the current tab's scene; reached by the keyboard
// (Ctrl+PgDown and Ctrl+PgUp, round and round).
#include "Document.h"
#include "WindowTesting.h"
#include "scene/DiagramScene.h"
#include "window/DiagramView.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

using namespace latch;
using latch::test::actionNamed;
using latch::test::example;

class TestDiagramTabs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void addAndRemoveByMenuWithUndo();
    void nextAndPreviousGoRound();
};

void TestDiagramTabs::addAndRemoveByMenuWithUndo()
{
    MainWindow window;
    QCOMPARE(window.diagramTabs()->count(), 1);
    Document* document = window.document();
    QAction* add = actionNamed(&window, "&Add Diagram");
    QAction* remove = actionNamed(&window, "&Delete Diagram");
    QVERIFY(add && remove);
    add->trigger();
    QCOMPARE(window.diagramTabs()->count(), 2);
    QCOMPARE(window.diagramTabs()->currentIndex(), 1);
    QCOMPARE(window.currentScene()->diagramId(), document->model().diagrams.at(1).id);
    remove->trigger();
    QCOMPARE(window.diagramTabs()->count(), 1);
    document->undoStack()->undo(); // the deleted diagram comes back
    QCOMPARE(window.diagramTabs()->count(), 2);
    document->undoStack()->undo();
    QCOMPARE(window.diagramTabs()->count(), 1);
    QVERIFY(!window.isWindowModified());
}

void TestDiagramTabs::nextAndPreviousGoRound()
{
    QString error;
    std::unique_ptr<MainWindow> window(
        MainWindow::openFile(example("fitness-platform.tmodel"), &error));
    QVERIFY2(window, qPrintable(error));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTabBar* tabs = window->diagramTabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(window->view(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(window->currentScene()->diagramId(), window->document()->model().diagrams.at(1).id);
    QTest::keyClick(window->view(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0); // round to the first
    QTest::keyClick(window->view(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
}

QTEST_MAIN(TestDiagramTabs)
#include "tst_diagramtabs.moc"
