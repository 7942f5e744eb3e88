// Choosing the model's frameworks in the Objectives panel, as a user does at the window's
// default size: the CIA box is there to see and click, the register gains CIA's threats in one
// undo step, CIA's properties appear in the properties panel, and undo puts it all back.
#include "Document.h"
#include "docks/ObjectivesDock.h"
#include "docks/PropertiesDock.h"
#include "docks/ThreatsDock.h"
#include "format/TmodelWriter.h"
#include "model/Model.h"
#include "register/ThreatRepeats.h"
#include "scene/DiagramScene.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace latch;

namespace {

int liveThreatsOf(const Model& model, const char* prefix)
{
    int count = 0;
    for (const Threat& t : model.threats)
        count += !t.obsolete && t.rule.startsWith(QLatin1String(prefix));
    return count;
}

// The labels of the properties panel's rows, as the user reads them.
QStringList propertyLabels(PropertiesDock* dock)
{
    QStringList labels;
    for (const QLabel* label : dock->findChildren<QLabel*>()) {
        if (label->isVisibleTo(dock))
            labels << label->text();
    }
    return labels;
}

} // namespace

class TestFrameworkChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chooseCiaAndUndo();
};

void TestFrameworkChoice::chooseCiaAndUndo()
{
    QString error;
    std::unique_ptr<MainWindow> window(MainWindow::openFile(
        QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/online-banking.tmodel"), &error));
    QVERIFY2(window, qPrintable(error));
    window->show(); // at its default size
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    Document* document = window->document();
    const QByteArray original = TmodelWriter::write(document->model());
    QCOMPARE(document->model().frameworks, QStringList{QStringLiteral("stride")});
    QCOMPARE(liveThreatsOf(document->model(), "CIA-"), 0);

    ObjectivesDock* objectives = window->objectivesDock();
    objectives->raise();
    QCheckBox* stride = objectives->frameworkBox(QStringLiteral("stride"));
    QCheckBox* cia = objectives->frameworkBox(QStringLiteral("cia"));
    QVERIFY(stride && cia && objectives->frameworkBox(QStringLiteral("linddun")));
    QVERIFY(stride->isChecked());
    QVERIFY(!cia->isChecked());
    // On screen, inside the window, where a mouse can reach it.
    QTRY_VERIFY(cia->isVisible());
    const QRect onWindow(cia->mapTo(window.get(), QPoint(0, 0)), cia->size());
    QVERIFY2(window->rect().contains(onWindow),
             qPrintable(QStringLiteral("%1,%2 %3x%4 outside the window")
                            .arg(onWindow.x())
                            .arg(onWindow.y())
                            .arg(onWindow.width())
                            .arg(onWindow.height())));
    QCOMPARE(cia->text(), QStringLiteral("CIA"));

    // Select a process: CIA's "Runs redundantly" is not offered while CIA is not chosen.
    const Element* process = nullptr;
    for (const Element& e : document->model().diagrams.first().elements) {
        if (e.kind == ElementKind::Process && !e.properties.contains(QStringLiteral("redundant"))) {
            process = &e;
            break;
        }
    }
    QVERIFY(process);
    const QString processId = process->id;
    window->currentScene()->selectOnly(processId);
    QVERIFY(!propertyLabels(window->propertiesDock()).contains(QStringLiteral("Runs redundantly")));

    const int steps = document->undoStack()->count();
    QTest::mouseClick(cia, Qt::LeftButton);
    QCOMPARE(document->model().frameworks,
             (QStringList{QStringLiteral("stride"), QStringLiteral("cia")}));
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Use CIA"));
    QVERIFY(liveThreatsOf(document->model(), "CIA-") > 0);
    const int strideThreats = liveThreatsOf(document->model(), "LATCH-");
    QVERIFY(strideThreats > 0);
    QVERIFY(propertyLabels(window->propertiesDock()).contains(QStringLiteral("Runs redundantly")));
    // The register's category filter offers CIA's (and LINDDUN's) categories by name.
    ThreatsDock* threats = window->threatsDock();
    auto* filter = threats->findChild<QComboBox*>(QStringLiteral("categoryFilter"));
    QVERIFY(filter);
    const int availability = filter->findData(QStringLiteral("availability"));
    QVERIFY(availability > 0);
    QCOMPARE(filter->itemText(availability), QStringLiteral("Availability"));
    QVERIFY(filter->findData(QStringLiteral("linking")) > 0);
    filter->setCurrentIndex(availability);
    const ThreatRepeats repeats(document->model());
    int shown = 0;
    for (const Threat& t : document->model().threats)
        shown +=
            !t.obsolete && t.category == QLatin1String("availability") && !repeats.isRepeat(t.id);
    QVERIFY(shown > 0);
    QCOMPARE(threats->visibleCount(), shown);
    filter->setCurrentIndex(0);

    // Dropping STRIDE leaves its threats obsolete, CIA's live.
    QTest::mouseClick(stride, Qt::LeftButton);
    QCOMPARE(document->model().frameworks, QStringList{QStringLiteral("cia")});
    QCOMPARE(liveThreatsOf(document->model(), "LATCH-"), 0);
    QVERIFY(liveThreatsOf(document->model(), "CIA-") > 0);

    document->undoStack()->undo();
    QCOMPARE(liveThreatsOf(document->model(), "LATCH-"), strideThreats);
    QVERIFY(stride->isChecked());
    document->undoStack()->undo();
    QVERIFY(!cia->isChecked());
    QCOMPARE(liveThreatsOf(document->model(), "CIA-"), 0);
    QCOMPARE(TmodelWriter::write(document->model()), original);
    document->undoStack()->redo();
    QVERIFY(cia->isChecked());
    QVERIFY(liveThreatsOf(document->model(), "CIA-") > 0);
    document->undoStack()->setClean(); // nothing to ask about when the window closes
}

QTEST_MAIN(TestFrameworkChoice)
#include "tst_frameworkchoice.moc"
