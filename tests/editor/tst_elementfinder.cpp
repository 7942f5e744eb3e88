// Find an element by name: Ctrl+F opens a field at the top of the canvas with the focus;
// typing part of a name in any case and Enter shows that element's diagram, selects it and
// brings it into view; a name that matches nothing keeps the field open; Escape closes it.
#include "Document.h"
#include "scene/DiagramScene.h"
#include "scene/ElementItem.h"
#include "window/DiagramView.h"
#include "window/ElementFinder.h"
#include "window/MainWindow.h"

#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

using namespace latch;

class TestElementFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void findsAcrossDiagramsByKeyboard();
};

void TestElementFinder::findsAcrossDiagramsByKeyboard()
{
    QString error;
    std::unique_ptr<MainWindow> window(MainWindow::openFile(
        QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/fitness-platform.tmodel"), &error));
    QVERIFY2(window, qPrintable(error));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    QCOMPARE(window->diagramTabs()->currentIndex(), 0);
    // A shape found only on the second diagram, looked for by a part of its name in
    // capitals.
    const Model& model = window->document()->model();
    auto onFirst = [&model](const QString& part) {
        for (const Element& e : model.diagrams.at(0).elements) {
            if (e.name.contains(part, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    const Element* wanted = nullptr;
    for (const Element& e : model.diagrams.at(1).elements) {
        if (!wanted && canBeFlowEndpoint(e.kind) && e.name.size() > 4 &&
            !onFirst(e.name.mid(1, 5)) && e.name.mid(1, 5).toLatin1() == e.name.mid(1, 5).toUtf8())
            wanted = &e;
    }
    QVERIFY(wanted && wanted->name.size() > 4);
    const QString part = wanted->name.mid(1, 5).toUpper(); // typed: ASCII only

    ElementFinder* finder = window->elementFinder();
    QVERIFY(!finder->isVisible());
    QTest::keyClick(window->view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(finder->isVisible());
    QTRY_VERIFY(finder->hasFocus());
    // At the top of the canvas, inside it.
    const QRect canvas = window->view()->rect();
    QVERIFY2(canvas.contains(finder->geometry()), "the field lies outside the canvas");
    QVERIFY(finder->geometry().top() < canvas.height() / 4);

    QTest::keyClicks(finder, QStringLiteral("no such element at all"));
    QTest::keyClick(finder, Qt::Key_Return);
    QVERIFY(finder->isVisible()); // nothing found: the field stays for another try
    QCOMPARE(window->diagramTabs()->currentIndex(), 0);

    finder->clear();
    QTest::keyClicks(finder, part);
    QTest::keyClick(finder, Qt::Key_Return);
    QVERIFY(!finder->isVisible());
    QCOMPARE(window->diagramTabs()->currentIndex(), 1);
    QCOMPARE(window->currentScene()->selectedIds(), QStringList{wanted->id});
    ElementItem* item = window->currentScene()->itemFor(wanted->id);
    QVERIFY(item);
    const QRect shown = window->view()->mapFromScene(item->sceneBoundingRect()).boundingRect();
    QVERIFY2(window->view()->viewport()->rect().intersects(shown), "the element is not in view");

    QTest::keyClick(window->view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(finder->isVisible());
    QTest::keyClick(finder, Qt::Key_Escape);
    QVERIFY(!finder->isVisible());
}

QTEST_MAIN(TestElementFinder)
#include "tst_elementfinder.moc"
