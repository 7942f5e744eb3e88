// The analysis half of a workshop, driven through the real panels on the offscreen platform:
// choose a threat, score it, decide its status, link mitigations, set the objectives, and
// undo all of it back to the file as it was. Set LATCH_SCREENSHOT_DIR to keep screenshots.
#include "Document.h"
#include "Screenshot.h"
#include "commands/EditElementCommand.h"
#include "commands/RegisterCommand.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ThreatDialog.h"
#include "docks/DreadDock.h"
#include "docks/MitigationsDock.h"
#include "docks/ObjectivesDock.h"
#include "docks/ThreatTableModel.h"
#include "docks/ThreatsDock.h"
#include "format/TmodelWriter.h"
#include "report/CsvExporter.h"
#include "report/DiagramPainter.h"
#include "scene/DiagramScene.h"
#include "scene/ElementItem.h"
#include "widgets/RiskMatrixWidget.h"
#include "window/DiagramView.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace latch;
using latch::test::screenshot;

namespace {

std::unique_ptr<MainWindow> openBanking()
{
    QString error;
    std::unique_ptr<MainWindow> window(MainWindow::openFile(
        QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/online-banking.tmodel"), &error));
    if (window) {
        window->resize(1500, 950);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
    }
    return window;
}

// The row of the threat in the (sorted, filtered) table, or -1.
int rowOf(ThreatsDock* dock, const QString& threatId)
{
    QAbstractItemModel* model = dock->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ThreatTableModel::ThreatIdRole).toString() == threatId)
            return row;
    }
    return -1;
}

// Clicks a threat's row as a user would.
void clickThreat(ThreatsDock* dock, const QString& threatId)
{
    QTableView* table = dock->table();
    const int row = rowOf(dock, threatId);
    QVERIFY(row >= 0);
    table->scrollTo(table->model()->index(row, ThreatTableModel::Category));
    const QRect cell = table->visualRect(table->model()->index(row, ThreatTableModel::Category));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

// Moves a combo box to `text` with the keyboard, so that it emits activated() as for a user.
void chooseInCombo(QComboBox* combo, const QString& text)
{
    const int target = combo->findText(text);
    QVERIFY2(target >= 0, qPrintable(text));
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), target);
}

// The first generated threat of a process with a DREAD score and rule-suggested mitigations.
const Threat* scoredThreatWithSuggestions(const Document* document)
{
    for (const Threat& t : document->model().threats) {
        const Rule* rule = document->library().findRule(t.rule);
        if (!t.obsolete && t.dread && rule && rule->mitigations.size() >= 2)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestWorkshop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void choosingThreatShowsItEverywhere();
    void scoreThroughDreadWidgets();
    void statusJustificationAndMitigations();
    void matrixMethod();
    void objectivesPanel();
    void manualThreatAndPurge();
    void selectionSurvivesRegeneration();
    void badgesOnCanvas();
    void exportFromTheEditor();
};

void TestWorkshop::choosingThreatShowsItEverywhere()
{
    auto window = openBanking();
    QVERIFY(window);
    Document* document = window->document();
    const Threat* threat = scoredThreatWithSuggestions(document);
    QVERIFY(threat);
    clickThreat(window->threatsDock(), threat->id);
    QCOMPARE(window->threatsDock()->currentThreatId(), threat->id);
    QCOMPARE(window->dreadDock()->threatId(), threat->id);
    QCOMPARE(window->mitigationsDock()->threatId(), threat->id);
    // The canvas selects its element (the other direction is the "Selection only" filter).
    QCOMPARE(window->currentScene()->selectedIds(), QStringList{threat->element});
    auto* only = window->threatsDock()->findChild<QCheckBox*>();
    only->setChecked(true);
    for (int row = 0; row < window->threatsDock()->visibleCount(); ++row)
        QCOMPARE(window->threatsDock()
                     ->table()
                     ->model()
                     ->index(row, 0)
                     .data(ThreatTableModel::ElementIdRole)
                     .toString(),
                 threat->element);
    only->setChecked(false);

    // Grouped by element: each element's threats together, highest risk first within.
    auto* group = window->threatsDock()->findChild<QComboBox*>(QStringLiteral("groupBy"));
    group->setCurrentIndex(group->findData(int(ThreatTableModel::Element)));
    QAbstractItemModel* rows = window->threatsDock()->table()->model();
    QSet<QString> finished;
    QString current;
    double previousRisk = 11;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QString element = rows->index(row, ThreatTableModel::Element).data().toString();
        const double risk =
            rows->index(row, ThreatTableModel::Risk).data(ThreatTableModel::SortRole).toDouble();
        if (element != current) {
            QVERIFY2(!finished.contains(element), qPrintable(element)); // one run per element
            finished.insert(current);
            current = element;
            previousRisk = 11;
        }
        QVERIFY(risk <= previousRisk);
        previousRisk = risk;
    }
    QVERIFY(finished.size() > 10);
    group->setCurrentIndex(0);

    // The rule's suggestions are offered.
    QCOMPARE(window->mitigationsDock()->suggestionList()->count(),
             document->library().findRule(threat->rule)->mitigations.size());
}

void TestWorkshop::scoreThroughDreadWidgets()
{
    auto window = openBanking();
    QVERIFY(window);
    Document* document = window->document();
    const QByteArray original = TmodelWriter::write(document->model());
    const QString id = scoredThreatWithSuggestions(document)->id;
    clickThreat(window->threatsDock(), id);
    DreadDock* dread = window->dreadDock();
    const int stepsBefore = document->undoStack()->count();

    // Type into the spin boxes, as a user would: 9, 8, 7, 9, 6 → 7.8, high.
    const int ratings[] = {9, 8, 7, 9, 6};
    for (int d = 0; d < DreadDock::DimensionCount; ++d) {
        QSpinBox* spin = dread->dreadSpinBox(DreadDock::Dimension(d));
        QVERIFY(!spin->toolTip().isEmpty());
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(ratings[d]));
        QCOMPARE(dread->dreadSlider(DreadDock::Dimension(d))->value(), ratings[d]);
    }
    DreadScore expected{9, 8, 7, 9, 6};
    QCOMPARE(*document->threat(id)->dread, expected);
    QCOMPARE(dread->compositeText(), QStringLiteral("7.8"));
    QCOMPARE(dread->bandText(), QStringLiteral("HIGH"));
    // The table's risk column follows.
    const int row = rowOf(window->threatsDock(), id);
    QCOMPARE(window->threatsDock()
                 ->table()
                 ->model()
                 ->index(row, ThreatTableModel::Risk)
                 .data()
                 .toString(),
             QStringLiteral("7.8"));

    // A slider dragged over several values is one undo step.
    const int stepsAfterTyping = document->undoStack()->count();
    QVERIFY(stepsAfterTyping > stepsBefore);
    QSlider* damage = dread->dreadSlider(DreadDock::Damage);
    damage->setFocus();
    QTest::keyClick(damage, Qt::Key_Right); // 10
    QTest::keyClick(damage, Qt::Key_Left);  // 9
    QTest::keyClick(damage, Qt::Key_Left);  // 8
    QCOMPARE(document->threat(id)->dread->damage, 8);
    QCOMPARE(dread->compositeText(), QStringLiteral("7.6"));
    // Three moves of the slider, one step.
    QCOMPARE(document->undoStack()->count(), stepsAfterTyping + 1);

    // Cleared, the threat is unscored; undo brings everything back to the file as it was.
    QTest::mouseClick(dread->findChild<QPushButton*>(QStringLiteral("clearScore")), Qt::LeftButton);
    QVERIFY(!document->threat(id)->dread);
    QCOMPARE(dread->bandText(), QStringLiteral("not scored"));
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QCOMPARE(TmodelWriter::write(document->model()), original);
    QVERIFY(!document->isModified());
}

void TestWorkshop::statusJustificationAndMitigations()
{
    auto window = openBanking();
    QVERIFY(window);
    Document* document = window->document();
    const QByteArray original = TmodelWriter::write(document->model());
    const Threat* first = scoredThreatWithSuggestions(document);
    const QString id = first->id;
    const QString element = first->element;
    clickThreat(window->threatsDock(), id);
    MitigationsDock* dock = window->mitigationsDock();

    chooseInCombo(dock->statusBox(), QStringLiteral("Mitigated"));
    QCOMPARE(document->threat(id)->status, ThreatStatus::Mitigated);
    const int steps = document->undoStack()->count();
    dock->justificationEdit()->setFocus();
    QTest::keyClicks(dock->justificationEdit(), QStringLiteral("mTLS on every hop"));
    QCOMPARE(document->threat(id)->justification, QStringLiteral("mTLS on every hop"));
    QCOMPARE(document->undoStack()->count(), steps + 1); // typing is one step

    // Adopt the rule's first suggestion: a new catalog entry, linked.
    const int catalogBefore = int(document->model().mitigations.size());
    dock->suggestionList()->setCurrentRow(0);
    const QString suggested = dock->suggestionList()->item(0)->text();
    QTest::mouseClick(dock->findChild<QPushButton*>(QStringLiteral("adoptSuggestion")),
                      Qt::LeftButton);
    QCOMPARE(document->model().mitigations.size(), catalogBefore + 1);
    const Mitigation adopted = document->model().mitigations.last();
    QCOMPARE(adopted.title, suggested);
    QCOMPARE(adopted.status, MitigationStatus::Proposed);
    QVERIFY(document->threat(id)->mitigations.contains(adopted.id));
    QCOMPARE(dock->linkedList()->count(), document->threat(id)->mitigations.size());
    QCOMPARE(dock->catalogTable()->rowCount(), catalogBefore + 1);
    QCOMPARE(dock->catalogTable()->item(catalogBefore, 2)->text(), QStringLiteral("1"));

    // Link the same entry to another threat of the element through the link box.
    QString other;
    for (const Threat& t : document->model().threats) {
        if (!t.obsolete && t.element == element && t.id != id)
            other = t.id;
    }
    QVERIFY(!other.isEmpty());
    clickThreat(window->threatsDock(), other);
    QCOMPARE(dock->threatId(), other);
    auto* choice = dock->findChild<QComboBox*>(QStringLiteral("linkChoice"));
    choice->setCurrentIndex(choice->findData(adopted.id));
    QTest::mouseClick(dock->findChild<QPushButton*>(QStringLiteral("linkMitigation")),
                      Qt::LeftButton);
    QVERIFY(document->threat(other)->mitigations.contains(adopted.id));
    QCOMPARE(dock->catalogTable()->item(catalogBefore, 2)->text(), QStringLiteral("2"));

    // The catalog entry is implemented now.
    auto* status = qobject_cast<QComboBox*>(dock->catalogTable()->cellWidget(catalogBefore, 1));
    QVERIFY(status);
    chooseInCombo(status, QStringLiteral("Implemented"));
    QCOMPARE(document->model().mitigations.last().status, MitigationStatus::Implemented);
    dock->raise();
    screenshot(window.get(), "workshop-mitigations.png");

    // Unlink from the second threat, then undo it all.
    QVERIFY(dock->unlink(adopted.id));
    QVERIFY(!document->threat(other)->mitigations.contains(adopted.id));
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QCOMPARE(TmodelWriter::write(document->model()), original);
    QCOMPARE(dock->catalogTable()->rowCount(), catalogBefore);
}

void TestWorkshop::matrixMethod()
{
    auto window = openBanking();
    QVERIFY(window);
    Document* document = window->document();
    const QByteArray original = TmodelWriter::write(document->model());
    const QString id = scoredThreatWithSuggestions(document)->id;
    clickThreat(window->threatsDock(), id);

    chooseInCombo(window->objectivesDock()->riskMethodBox(),
                  window->objectivesDock()->riskMethodBox()->itemText(1));
    QCOMPARE(document->model().riskMethod, RiskMethod::Matrix);
    DreadDock* dread = window->dreadDock();
    QVERIFY(dread->matrix()->isVisible());
    QVERIFY(!dread->dreadSpinBox(DreadDock::Damage)->isVisible());
    QCOMPARE(dread->bandText(), QStringLiteral("not scored")); // no rating yet

    // Click the likelihood 4 × impact 3 cell.
    RiskMatrixWidget* matrix = dread->matrix();
    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellRect(4, 3).center());
    QCOMPARE(*document->threat(id)->risk, (RiskRating{4, 3}));
    QCOMPARE(dread->compositeText(), QStringLiteral("12"));
    QCOMPARE(dread->bandText(), QStringLiteral("HIGH"));
    QCOMPARE(dread->likelihoodSpinBox()->value(), 4);
    QCOMPARE(dread->impactSpinBox()->value(), 3);
    // And with the spin box: impact 5 → 20, critical.
    dread->impactSpinBox()->setFocus();
    dread->impactSpinBox()->selectAll();
    QTest::keyClicks(dread->impactSpinBox(), QStringLiteral("5"));
    QCOMPARE(dread->compositeText(), QStringLiteral("20"));
    QCOMPARE(dread->bandText(), QStringLiteral("CRITICAL"));
    screenshot(window.get(), "workshop-matrix.png");

    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QCOMPARE(TmodelWriter::write(document->model()), original);
    QVERIFY(dread->dreadSpinBox(DreadDock::Damage)->isVisible());
}

void TestWorkshop::objectivesPanel()
{
    auto window = openBanking();
    QVERIFY(window);
    Document* document = window->document();
    const QByteArray original = TmodelWriter::write(document->model());
    ObjectivesDock* dock = window->objectivesDock();
    dock->show();
    dock->raise();

    QLineEdit* title = dock->titleEdit();
    QCOMPARE(title->text(), document->model().title);
    const int steps = document->undoStack()->count();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Retail banking"));
    QCOMPARE(document->model().title, QStringLiteral("Retail banking"));
    QCOMPARE(document->undoStack()->count(), steps + 1);

    QCheckBox* hipaa = dock->regimeBox(QStringLiteral("HIPAA"));
    QVERIFY(hipaa);
    const bool had = document->model().compliance.contains(QStringLiteral("HIPAA"));
    QTest::mouseClick(hipaa, Qt::LeftButton);
    QCOMPARE(document->model().compliance.contains(QStringLiteral("HIPAA")), !had);

    const qsizetype assets = document->model().assets.size();
    dock->addAsset();
    QCOMPARE(document->model().assets.size(), assets + 1);
    QCOMPARE(dock->assetTable()->rowCount(), int(assets + 1));
    dock->assetTable()->item(int(assets), 0)->setText(QStringLiteral("Audit log"));
    QCOMPARE(document->model().assets.last().name, QStringLiteral("Audit log"));
    auto* classification = qobject_cast<QComboBox*>(dock->assetTable()->cellWidget(int(assets), 1));
    chooseInCombo(classification, QStringLiteral("restricted"));
    QCOMPARE(document->model().assets.last().classification, QStringLiteral("restricted"));
    screenshot(window.get(), "workshop-objectives.png");

    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QCOMPARE(TmodelWriter::write(document->model()), original);
    QCOMPARE(title->text(), document->model().title);
}

void TestWorkshop::manualThreatAndPurge()
{
    auto window = openBanking();
    QVERIFY(window);
    Document* document = window->document();
    const QByteArray original = TmodelWriter::write(document->model());
    DiagramScene* scene = window->currentScene();
    QString processId;
    for (const Element& e : document->model().diagrams.first().elements) {
        if (e.kind == ElementKind::Process)
            processId = e.id;
    }
    scene->selectOnly(processId);
    ThreatsDock* dock = window->threatsDock();
    auto* add = dock->findChild<QPushButton*>(QStringLiteral("addThreat"));
    QVERIFY(add->isEnabled());

    // The dialog asks for the text; fill it in and accept, as a user would.
    const qsizetype before = document->model().threats.size();
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<ThreatDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("threatTitle")),
                         QStringLiteral("Insider exports the ledger"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("threatDescription"))
            ->setPlainText(QStringLiteral("A DBA copies the ledger to a laptop."));
        dialog->accept();
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(document->model().threats.size(), before + 1);
    const Threat manual = document->model().threats.last();
    QCOMPARE(manual.title, QStringLiteral("Insider exports the ledger"));
    QCOMPARE(manual.element, processId);
    QCOMPARE(manual.origin, ThreatOrigin::Manual);
    QCOMPARE(dock->currentThreatId(), manual.id);

    // Renamed in place in the table; a rename of the element leaves it alone.
    const int row = rowOf(dock, manual.id);
    QVERIFY(
        dock->table()->model()->setData(dock->table()->model()->index(row, ThreatTableModel::Title),
                                        QStringLiteral("Insider exports the ledger to USB")));
    Element renamed = *document->element(processId);
    renamed.name = QStringLiteral("Ledger service");
    document->undoStack()->push(
        new EditElementCommand(document, renamed, QStringLiteral("Rename")));
    QCOMPARE(document->threat(manual.id)->title,
             QStringLiteral("Insider exports the ledger to USB"));

    // Deleting the element makes its generated threats obsolete; purge removes them.
    scene->deleteElements({processId}, true);
    int obsolete = 0;
    for (const Threat& t : document->model().threats)
        obsolete += t.obsolete ? 1 : 0;
    QVERIFY(obsolete > 0);
    auto* purge = dock->findChild<QPushButton*>(QStringLiteral("purgeObsolete"));
    QVERIFY(purge->isEnabled());
    QVERIFY(purge->text().contains(QString::number(obsolete)));
    const qsizetype total = document->model().threats.size();
    QCOMPARE(dock->purgeObsoleteThreats(), obsolete);
    QCOMPARE(document->model().threats.size(), total - obsolete);
    QVERIFY(!purge->isEnabled());
    document->undoStack()->undo();
    QCOMPARE(document->model().threats.size(), total);

    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QCOMPARE(TmodelWriter::write(document->model()), original);
}

void TestWorkshop::selectionSurvivesRegeneration()
{
    auto window = openBanking();
    QVERIFY(window);
    Document* document = window->document();
    const Threat* threat = scoredThreatWithSuggestions(document);
    const QString id = threat->id;
    const QString elementId = threat->element;
    clickThreat(window->threatsDock(), id);
    // An edit of the diagram regenerates the register (a reset of the table).
    Element moved = *document->element(elementId);
    moved.bounds.x += 40;
    document->undoStack()->push(new EditElementCommand(document, moved, QStringLiteral("Move")));
    QCOMPARE(window->threatsDock()->currentThreatId(), id);
    QCOMPARE(window->dreadDock()->threatId(), id);
    document->undoStack()->undo();
    QCOMPARE(window->threatsDock()->currentThreatId(), id);
}

void TestWorkshop::badgesOnCanvas()
{
    auto window = openBanking();
    QVERIFY(window);
    Document* document = window->document();
    DiagramScene* scene = window->currentScene();
    // A process with unresolved threats, and the colour of its worst band.
    const Element* process = nullptr;
    for (const Element& e : document->model().diagrams.first().elements) {
        if (e.kind == ElementKind::Process &&
            document->riskSummary().forElement(e.id).unresolved > 0)
            process = &e;
    }
    QVERIFY(process);
    const ElementRisk risk = document->riskSummary().forElement(process->id);
    const QPointF anchor = DiagramPainter::badgeAnchor(*process);
    auto pixelAtBadge = [&] {
        QImage image(40, 40, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene->render(&painter, QRectF(0, 0, 40, 40),
                      QRectF(anchor - QPointF(20, 20), QSizeF(40, 40)));
        painter.end();
        // Just left of the centre, off the digits.
        return image.pixelColor(13, 20);
    };
    const QColor expected = DiagramPainter().style().bandColor(risk.highest);
    QCOMPARE(pixelAtBadge(), expected);

    // Mitigate every unresolved threat of the element: the badge goes.
    const QVector<Threat> original = document->model().threats;
    QVector<Threat> threats = original;
    for (Threat& t : threats) {
        if (t.element == process->id)
            t.status = ThreatStatus::Mitigated;
    }
    document->undoStack()->push(new RegisterCommand(
        document, threats, document->model().mitigations, QStringLiteral("Mitigate all")));
    QCOMPARE(document->riskSummary().forElement(process->id).unresolved, 0);
    QVERIFY(pixelAtBadge() != expected);
    document->undoStack()->undo();
    QCOMPARE(document->model().threats, original);
    QCOMPARE(pixelAtBadge(), expected);

    // The toggle hides badges for clean screenshots.
    QVERIFY(scene->badgesVisible());
    window->badgesAction()->trigger();
    QVERIFY(!scene->badgesVisible());
    QVERIFY(pixelAtBadge() != expected);
    window->badgesAction()->trigger();
    QCOMPARE(pixelAtBadge(), expected);
    screenshot(window.get(), "workshop-badges.png");
}

void TestWorkshop::exportFromTheEditor()
{
    auto window = openBanking();
    QVERIFY(window);
    Document* document = window->document();
    ExportDialog dialog(document, window->currentScene()->diagramId(), window.get());
    QTemporaryDir dir;

    // The register as CSV, only what is still open.
    dialog.setFormat(ExportFile::Format::Csv);
    dialog.findChild<QCheckBox*>(QStringLiteral("openOnly"))->setChecked(true);
    const QString csv = dir.filePath(QStringLiteral("register.csv"));
    QVERIFY(dialog.exportTo(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    ReportOptions openOnly;
    openOnly.includeClosed = false;
    QCOMPARE(file.readAll(), CsvExporter::write(document->model(), openOnly));

    // The PDF's preview lays out every page of the report.
    dialog.setFormat(ExportFile::Format::Pdf);
    int previewPages = 0;
    QTimer::singleShot(0, this, [&previewPages] {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget());
        if (!preview)
            return;
        if (auto* pages = preview->findChild<QPrintPreviewWidget*>())
            previewPages = pages->pageCount();
        preview->reject();
    });
    auto* previewButton = dialog.findChild<QPushButton*>(QStringLiteral("previewReport"));
    QVERIFY(previewButton && previewButton->isEnabled());
    QTest::mouseClick(previewButton, Qt::LeftButton);
    QVERIFY2(previewPages > 10, qPrintable(QString::number(previewPages)));

    // A diagram as SVG, the one shown on the canvas.
    dialog.setFormat(ExportFile::Format::Svg);
    const QString svg = dir.filePath(QStringLiteral("diagram.svg"));
    QVERIFY(dialog.exportTo(svg));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(svgFile.readAll().contains("API gateway"));
}

QTEST_MAIN(TestWorkshop)
#include "tst_workshop.moc"
