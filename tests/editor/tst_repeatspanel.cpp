// The threats panel shows each weakness once: at the window's default size, on the banking
// example, the six repeats (tst_threatrepeats) are left out, the threat shown in their place
// says so, the "Repeats" box brings them back, and "Keep Apart" (by mouse, and undoable) lists
// one on its own.
#include "Document.h"
#include "WindowTesting.h"
#include "docks/ThreatTableModel.h"
#include "docks/ThreatsDock.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace latch;
using namespace latch::test;

namespace {

// Scrolls the panel to the widget and checks that a user can see it to click it.
void bringIntoView(QWidget* widget)
{
    for (QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(parent)) {
            area->ensureWidgetVisible(widget);
            break;
        }
    }
    QVERIFY2(widget->isVisible(), qPrintable(widget->objectName()));
    QVERIFY2(!widget->visibleRegion().isEmpty(), qPrintable(widget->objectName()));
    QVERIFY(widget->height() >= 16);
}

int rowOf(QTableView* table, const QString& threatId)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(ThreatTableModel::ThreatIdRole) == threatId)
            return row;
    }
    return -1;
}

} // namespace

class TestRepeatsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void eachWeaknessOnce();
};

void TestRepeatsPanel::eachWeaknessOnce()
{
    QString error;
    std::unique_ptr<MainWindow> window(
        MainWindow::openFile(example("online-banking.tmodel"), &error));
    QVERIFY2(window, qPrintable(error));
    window->show(); // the default size
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    ThreatsDock* dock = window->threatsDock();
    dock->show();
    dock->raise();
    QTableView* table = dock->table();
    // The panel fits its dock's width: nothing hides behind a horizontal scroll bar.
    auto* area = dock->findChild<QScrollArea*>();
    QVERIFY(area);
    QVERIFY2(area->widget()->minimumSizeHint().width() <= area->viewport()->width(),
             qPrintable(QStringLiteral("panel %1 px wide in %2 px")
                            .arg(area->widget()->minimumSizeHint().width())
                            .arg(area->viewport()->width())));
    int live = 0;
    for (const Threat& t : window->document()->model().threats)
        live += !t.obsolete;
    QCOMPARE(dock->visibleCount(), live - 6);

    // The team's BOLA threat stands for the rule's two hops, and says so.
    const QString teams = QStringLiteral("t-d515eae2f545");
    const int row = rowOf(table, teams);
    QVERIFY(row >= 0);
    const QModelIndex title = table->model()->index(row, ThreatTableModel::Title);
    QVERIFY(title.data().toString().endsWith(QStringLiteral("(+2)")));
    QVERIFY(!title.data(Qt::EditRole).toString().endsWith(QStringLiteral("(+2)")));
    const QString tip = title.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral(
                 "On every hop of Single-page web app (SPA) → API gateway → Account service")),
             qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Broken object level authorization on GET "
                                        "/accounts/{accountId} [GET /accounts/{accountId}]")));

    // "Repeats" lists them too, greyed.
    auto* showRepeats = dock->findChild<QCheckBox*>(QStringLiteral("showRepeats"));
    QVERIFY(showRepeats);
    bringIntoView(showRepeats);
    QTest::mouseClick(showRepeats, Qt::LeftButton);
    QVERIFY(showRepeats->isChecked());
    QCOMPARE(dock->visibleCount(), live);

    // Keep the log rule's repeat apart: it is listed on its own even without "Repeats".
    QString logRepeat;
    for (const Threat& t : window->document()->model().threats) {
        if (t.rule == QLatin1String("LATCH-STORE-LOG-MUTABLE"))
            logRepeat = t.id;
    }
    QVERIFY(dock->selectThreat(logRepeat));
    auto* apart = dock->findChild<QPushButton*>(QStringLiteral("keepApart"));
    QVERIFY(apart);
    bringIntoView(apart);
    QVERIFY(apart->isEnabled());
    QTest::mouseClick(apart, Qt::LeftButton);
    QVERIFY(window->document()->threat(logRepeat)->distinct);
    QCOMPARE(apart->text(), ThreatsDock::tr("Fold as &Repeat"));
    QTest::mouseClick(showRepeats, Qt::LeftButton);
    QVERIFY(!showRepeats->isChecked());
    QCOMPARE(dock->visibleCount(), live - 5);
    QVERIFY(rowOf(table, logRepeat) >= 0);

    // Undo folds it again.
    window->document()->undoStack()->undo();
    QVERIFY(!window->document()->threat(logRepeat)->distinct);
    QCOMPARE(dock->visibleCount(), live - 6);
    QCOMPARE(rowOf(table, logRepeat), -1);
    window->document()->undoStack()->redo();
    QCOMPARE(dock->visibleCount(), live - 5);
}

QTEST_MAIN(TestRepeatsPanel)
#include "tst_repeatspanel.moc"
