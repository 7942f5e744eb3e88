// The canvas's keyboard and hover, as a user meets them at the window's default size: arrow
// keys nudge the selection (Shift by a grid step) as one undo step, and scroll when nothing is
// selected; a risk badge's tooltip lists the element's unresolved threats, worst first.
#include "Document.h"
#include "ExampleModels.h"
#include "engine/RiskSummary.h"
#include "scene/DiagramScene.h"
#include "scene/ElementItem.h"
#include "window/DiagramView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QHelpEvent>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace latch;
using namespace latch::test;

namespace {

const QString customer = QStringLiteral("e-63f7afce9173");
const QString auditLog = QStringLiteral("e-04d6c929d340");

QPoint onScreen(MainWindow& window, QPointF scenePoint)
{
    return window.view()->mapFromScene(scenePoint);
}

void hover(MainWindow& window, QPoint at)
{
    QWidget* viewport = window.view()->viewport();
    QHelpEvent event(QEvent::ToolTip, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &event);
}

} // namespace

class TestDiagramScene : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void arrowKeysNudge();
    void badgeTooltipListsOpenThreats();
};

void TestDiagramScene::arrowKeysNudge()
{
    MainWindow window(new Document(loadExample("online-banking.tmodel")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Document* document = window.document();
    DiagramScene* scene = window.currentScene();
    const Rect start = document->element(customer)->bounds;
    QWidget* viewport = window.view()->viewport();

    // Nothing selected: the arrows scroll the canvas and move nothing.
    QScrollBar* horizontal = window.view()->horizontalScrollBar();
    const int scrolled = horizontal->value();
    viewport->setFocus();
    QTest::keyClick(viewport, Qt::Key_Right);
    QVERIFY(horizontal->value() > scrolled);
    QCOMPARE(document->element(customer)->bounds.x, start.x);

    // Selected by mouse, then nudged: 1 unit, a grid step with Shift.
    QTest::mouseClick(viewport, Qt::LeftButton, {},
                      onScreen(window, QPointF(start.x + start.width / 2, start.y + 5)));
    QCOMPARE(scene->selectedIds(), QStringList{customer});
    const int steps = document->undoStack()->count();
    QTest::keyClick(viewport, Qt::Key_Right);
    QCOMPARE(document->element(customer)->bounds.x, start.x + 1);
    QTest::keyClick(viewport, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(document->element(customer)->bounds.x, start.x + 1 + scene->gridSize());
    QTest::keyClick(viewport, Qt::Key_Up);
    QTest::keyClick(viewport, Qt::Key_Up);
    QCOMPARE(document->element(customer)->bounds.y, start.y - 2);
    // One undo step for the run, which undo takes back whole.
    QCOMPARE(document->undoStack()->count(), steps + 1);
    document->undoStack()->undo();
    QCOMPARE(document->element(customer)->bounds.x, start.x);
    QCOMPARE(document->element(customer)->bounds.y, start.y);
}

void TestDiagramScene::badgeTooltipListsOpenThreats()
{
    MainWindow window(new Document(loadExample("online-banking.tmodel")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DiagramScene* scene = window.currentScene();
    window.view()->setTransform(QTransform()); // 1:1, where a badge is a target to point at
    ElementItem* item = scene->itemFor(auditLog);
    window.view()->centerOn(item);

    // What the tooltip must list: the log's threats still open or in progress.
    QStringList expected;
    for (const Threat& t : window.document()->model().threats) {
        if (t.element == auditLog && !t.obsolete &&
            (t.status == ThreatStatus::Open || t.status == ThreatStatus::InProgress))
            expected << t.title;
    }
    QVERIFY(!expected.isEmpty() && expected.size() <= 10);

    const auto badge = item->badgeCentre();
    QVERIFY(badge);
    hover(window, onScreen(window, *badge));
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QStringLiteral("%1 unresolved threat").arg(expected.size())),
             qPrintable(text));
    for (const QString& title : expected)
        QVERIFY2(text.contains(title.toHtmlEscaped()), qPrintable(title));
    QToolTip::hideText();
    QTRY_VERIFY(!QToolTip::isVisible());

    // Away from the badge, over the middle of the store: not the badge's list.
    const Element* log = window.document()->element(auditLog);
    hover(window,
          onScreen(window, QPointF(log->bounds.x + 10, log->bounds.y + log->bounds.height / 2)));
    QTest::qWait(50);
    QVERIFY(!QToolTip::isVisible() || !QToolTip::text().contains(QStringLiteral("unresolved")));
    QToolTip::hideText();

    // With the badges hidden, none.
    window.badgesAction()->trigger();
    hover(window, onScreen(window, *badge));
    QTest::qWait(50);
    QVERIFY(!QToolTip::isVisible() || !QToolTip::text().contains(QStringLiteral("unresolved")));
}

QTEST_MAIN(TestDiagramScene)
#include "tst_diagramscene.moc"
