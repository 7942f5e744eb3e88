// The Edit and Arrange menus' actions follow what they can act on: greyed out with nothing
// selected, Rename for exactly one element, alignments for two or more, Paste only with
// something on the clipboard; and they still work from the keyboard when enabled.
#include "Document.h"
#include "ModelBuilder.h"
#include "WindowTesting.h"
#include "scene/DiagramScene.h"
#include "scene/ElementItem.h"
#include "window/DiagramView.h"
#include "window/EditActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QStandardPaths>
#include <QTest>

using namespace latch;
using latch::test::actionNamed;
using latch::test::example;
using latch::test::ModelBuilder;

namespace {

Document* twoShapes()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("User"), {0, 0, 140, 70})
        .box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("API"), {300, 40, 110, 110});
    return new Document(b.model());
}

} // namespace

class TestEditActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void enablementFollowsTheSelection();
    void pasteFollowsTheClipboard();
    void keyboardReachesEnabledActions();
    void copyPasteBetweenWindows();
};

void TestEditActions::enablementFollowsTheSelection()
{
    MainWindow window(twoShapes());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    EditActions* edit = window.editActions();
    DiagramScene* scene = window.currentScene();
    scene->clearSelection();
    for (QAction* action :
         {edit->cut(), edit->copy(), edit->duplicate(), edit->remove(), edit->rename()})
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    for (QAction* action : edit->alignments())
        QVERIFY(!action->isEnabled());
    QVERIFY(edit->selectAll()->isEnabled());

    scene->selectOnly(QStringLiteral("u"));
    for (QAction* action :
         {edit->cut(), edit->copy(), edit->duplicate(), edit->remove(), edit->rename()})
        QVERIFY2(action->isEnabled(), qPrintable(action->text()));
    QVERIFY(!edit->alignments().first()->isEnabled()); // one shape has nothing to align with

    edit->selectAll()->trigger();
    QCOMPARE(scene->selectedIds().size(), 2);
    QVERIFY(!edit->rename()->isEnabled());
    for (QAction* action : edit->alignments())
        QVERIFY(action->isEnabled());
    // Align Top moves the process up to the user's top edge, as one undoable step.
    edit->alignments().at(2)->trigger();
    QCOMPARE(window.document()->element(QStringLiteral("p"))->bounds.y, 0);
    window.document()->undoStack()->undo();
    QCOMPARE(window.document()->element(QStringLiteral("p"))->bounds.y, 40);
}

void TestEditActions::pasteFollowsTheClipboard()
{
    MainWindow window(twoShapes());
    EditActions* edit = window.editActions();
    QApplication::clipboard()->clear();
    QVERIFY(!edit->paste()->isEnabled());
    window.currentScene()->selectOnly(QStringLiteral("u"));
    edit->copy()->trigger();
    QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(
        QStringLiteral("application/x-latch-tmodel")));
    QVERIFY(edit->paste()->isEnabled());
    const qsizetype before = window.document()->model().diagrams.first().elements.size();
    edit->paste()->trigger();
    QCOMPARE(window.document()->model().diagrams.first().elements.size(), before + 1);
    QApplication::clipboard()->clear();
    QVERIFY(!edit->paste()->isEnabled());
}

void TestEditActions::keyboardReachesEnabledActions()
{
    MainWindow window(twoShapes());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    window.currentScene()->selectOnly(QStringLiteral("p"));
    QVERIFY(window.editActions()->duplicate()->isEnabled());
    const qsizetype before = window.document()->model().diagrams.first().elements.size();
    QTest::keyClick(window.view(), Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(window.document()->model().diagrams.first().elements.size(), before + 1);
    // With nothing selected the same keys do nothing.
    window.currentScene()->clearSelection();
    QTest::keyClick(window.view(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(window.document()->model().diagrams.first().elements.size(), before + 1);
}

void TestEditActions::copyPasteBetweenWindows()
{
    QString error;
    std::unique_ptr<MainWindow> from(
        MainWindow::openFile(example("online-banking.tmodel"), &error));
    QVERIFY(from);
    Document* source = from->document();
    // The gateway, the account service and the flow between them, plus a flow whose other end
    // is not selected (it must not be copied: it would dangle).
    QStringList ids;
    QString gateway;
    QString account;
    for (const Element& e : source->model().diagrams.first().elements) {
        if (e.name == QLatin1String("API gateway"))
            gateway = e.id;
        if (e.name == QLatin1String("Account service"))
            account = e.id;
    }
    QString between;
    QString dangling;
    for (const Element& e : source->model().diagrams.first().elements) {
        if (e.kind != ElementKind::Flow)
            continue;
        if (e.source == gateway && e.target == account)
            between = e.id;
        else if (e.target == gateway || e.source == gateway)
            dangling = e.id;
    }
    QVERIFY(!gateway.isEmpty() && !account.isEmpty() && !between.isEmpty() && !dangling.isEmpty());
    for (const QString& id : {gateway, account, between, dangling})
        from->currentScene()->itemFor(id)->setSelected(true);
    actionNamed(from.get(), "&Copy")->trigger();
    const QByteArray clip =
        QApplication::clipboard()->mimeData()->data(QStringLiteral("application/x-latch-tmodel"));
    QVERIFY(clip.startsWith("{\n  \"format\": \"latch.tmodel\""));
    QVERIFY(QApplication::clipboard()->mimeData()->text().contains(QLatin1String("API gateway")));

    MainWindow to;
    actionNamed(&to, "&Paste")->trigger();
    const QVector<Element>& pasted = to.document()->model().diagrams.first().elements;
    QCOMPARE(pasted.size(), 3);
    QCOMPARE(to.currentScene()->selectedIds().size(), 3);
    const Element* flow = nullptr;
    QStringList pastedIds;
    for (const Element& e : pasted) {
        pastedIds << e.id;
        QVERIFY(!source->element(e.id)); // fresh ids
        if (e.kind == ElementKind::Flow)
            flow = &e;
    }
    QVERIFY(flow);
    QVERIFY(pastedIds.contains(flow->source) && pastedIds.contains(flow->target));
    QCOMPARE(to.document()->element(flow->source)->name, QStringLiteral("API gateway"));
    QCOMPARE(pasted.first().bounds.x, source->element(gateway)->bounds.x + 20);
    to.document()->undoStack()->undo();
    QCOMPARE(to.document()->model().diagrams.first().elements.size(), 0);

    // Duplicate and cut inside one window.
    from->currentScene()->selectOnly(account);
    const qsizetype count = source->model().diagrams.first().elements.size();
    actionNamed(from.get(), "D&uplicate")->trigger();
    QCOMPARE(source->model().diagrams.first().elements.size(), count + 1);
    from->currentScene()->selectOnly(source->model().diagrams.first().elements.last().id);
    actionNamed(from.get(), "Cu&t")->trigger();
    QCOMPARE(source->model().diagrams.first().elements.size(), count);

    // Text that is not a model pastes nothing.
    QApplication::clipboard()->setText(QStringLiteral("hello"));
    actionNamed(&to, "&Paste")->trigger();
    QCOMPARE(to.document()->model().diagrams.first().elements.size(), 0);
}

QTEST_MAIN(TestEditActions)
#include "tst_editactions.moc"
