// The canvas's context menu, opened as a right click opens it, at the window's default size:
// on an element, Rename, Properties, Threats of This Element and Delete, each doing what the
// menu says; on empty canvas, Paste and Select All.
#include "Document.h"
#include "ExampleModels.h"
#include "docks/PropertiesDock.h"
#include "docks/ThreatsDock.h"
#include "scene/DiagramScene.h"
#include "window/DiagramView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace latch;
using namespace latch::test;

namespace {

const QString account = QStringLiteral("e-8923a5e0407b"); // "Account service"

// A right click at `at` in the canvas; the menu it opened.
QMenu* rightClick(MainWindow& window, QPoint at)
{
    QWidget* viewport = window.view()->viewport();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &event);
    return window.findChild<QMenu*>(QStringLiteral("canvasMenu"));
}

QStringList texts(QMenu* menu)
{
    QStringList out;
    for (QAction* action : menu->actions()) {
        if (!action->isSeparator())
            out << action->text();
    }
    return out;
}

void choose(QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (action->text() == text) {
            QVERIFY(action->isEnabled());
            const QRect at = menu->actionGeometry(action);
            QVERIFY(menu->rect().contains(at));
            QTest::mouseClick(menu, Qt::LeftButton, {}, at.center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no entry ") + text));
}

QPoint centreOnScreen(MainWindow& window, const QString& id)
{
    const Element* e = window.document()->element(id);
    return window.view()->mapFromScene(
        QPointF(e->bounds.x + e->bounds.width / 2, e->bounds.y + e->bounds.height / 2));
}

} // namespace

class TestElementMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void onAnElement();
    void onEmptyCanvas();
};

void TestElementMenu::onAnElement()
{
    MainWindow window(new Document(loadExample("online-banking.tmodel")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramScene* scene = window.currentScene();

    QMenu* menu = rightClick(window, centreOnScreen(window, account));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(scene->selectedIds(), QStringList{account}); // what the menu acts on
    QCOMPARE(texts(menu),
             (QStringList{QStringLiteral("&Rename…"), QStringLiteral("&Properties"),
                          QStringLiteral("&Threats of This Element"), QStringLiteral("&Delete")}));

    // The register of this element only, in front.
    choose(menu, QStringLiteral("&Threats of This Element"));
    ThreatsDock* threats = window.threatsDock();
    QVERIFY(threats->isVisible() && !threats->visibleRegion().isEmpty());
    QCheckBox* selectionOnly = nullptr;
    for (QCheckBox* box : threats->findChildren<QCheckBox*>()) {
        if (box->text() == QLatin1String("Selection only"))
            selectionOnly = box;
    }
    QVERIFY(selectionOnly && selectionOnly->isChecked());
    QAbstractItemModel* rows = threats->table()->model();
    int elementColumn = -1;
    for (int c = 0; c < rows->columnCount(); ++c) {
        if (rows->headerData(c, Qt::Horizontal).toString() == QLatin1String("Element"))
            elementColumn = c;
    }
    QVERIFY(elementColumn >= 0);
    QVERIFY(rows->rowCount() > 0);
    for (int r = 0; r < rows->rowCount(); ++r)
        QCOMPARE(rows->index(r, elementColumn).data().toString(),
                 QStringLiteral("Account service"));

    // Properties: the panel in front, showing the element.
    menu = rightClick(window, centreOnScreen(window, account));
    QTRY_VERIFY(menu->isVisible());
    choose(menu, QStringLiteral("&Properties"));
    QVERIFY(window.propertiesDock()->isVisible() &&
            !window.propertiesDock()->visibleRegion().isEmpty());

    // Rename: the name edited in place on the canvas, one undo step.
    menu = rightClick(window, centreOnScreen(window, account));
    QTRY_VERIFY(menu->isVisible());
    choose(menu, QStringLiteral("&Rename…"));
    auto* editor =
        window.view()->viewport()->findChild<QLineEdit*>(QStringLiteral("inlineRenamer"));
    QTRY_VERIFY(editor && editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("Account service"));
    QTest::keyClicks(editor, QStringLiteral("Accounts"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(window.document()->element(account)->name, QStringLiteral("Accounts"));
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->element(account)->name, QStringLiteral("Account service"));
}

void TestElementMenu::onEmptyCanvas()
{
    MainWindow window(new Document(loadExample("online-banking.tmodel")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramScene* scene = window.currentScene();
    // A point of the canvas that no element covers: just left of the leftmost boundary.
    QRectF content = scene->contentRect();
    const QPoint empty = window.view()->mapFromScene(content.topLeft() - QPointF(30, 30));
    QVERIFY(window.view()->viewport()->rect().contains(empty));
    QVERIFY(!scene->elementItemAt(window.view()->mapToScene(empty)));
    QMenu* menu = rightClick(window, empty);
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(texts(menu), (QStringList{QStringLiteral("&Paste"), QStringLiteral("Select &All")}));
    choose(menu, QStringLiteral("Select &All"));
    QCOMPARE(scene->selectedIds().size(),
             int(window.document()->model().diagrams.first().elements.size()));
}

QTEST_MAIN(TestElementMenu)
#include "tst_elementmenu.moc"
