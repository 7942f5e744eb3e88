// The threat register as a table model: consistent for Qt's views (QAbstractItemModelTester),
// and announcing an edit as the rows it changed, inserted or removed, never as a reset, so
// that a large register stays responsive and its selection stays where it was.
#include "Document.h"
#include "ModelBuilder.h"
#include "commands/AddElementsCommand.h"
#include "commands/EditThreatCommand.h"
#include "commands/MoveElementsCommand.h"
#include "docks/ThreatTableModel.h"
#include "engine/RiskScoring.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace latch;
using latch::test::ModelBuilder;

namespace {

// A small model whose register the built-in rules fill.
Document* shop()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("e-user"), QStringLiteral("Customer"),
          {0, 0, 140, 70})
        .box(ElementKind::Process, QStringLiteral("e-api"), QStringLiteral("Orders API"),
             {300, 0, 110, 110})
        .box(ElementKind::Store, QStringLiteral("e-db"), QStringLiteral("Orders DB"),
             {600, 0, 160, 60})
        .flow(QStringLiteral("e-order"), QStringLiteral("e-user"), QStringLiteral("e-api"))
        .flow(QStringLiteral("e-insert"), QStringLiteral("e-api"), QStringLiteral("e-db"));
    Model model = b.model();
    ThreatGenerator(RuleLibraryLoader::standard(nullptr)).generate(model);
    return new Document(model);
}

} // namespace

class TestThreatTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consistentForViews();
    void editsAreNotResets();
    void oneThreatChangesOneRow();
    void riskKeysFollowScores();
};

void TestThreatTableModel::consistentForViews()
{
    std::unique_ptr<Document> document(shop());
    ThreatTableModel table(document.get());
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table.rowCount(), int(document->model().threats.size()));
    QVERIFY(table.rowCount() > 10);
    QCOMPARE(table.columnCount(), int(ThreatTableModel::ColumnCount));
    // Every row shows its threat; the tester checks the model through edits as well.
    for (int row = 0; row < table.rowCount(); ++row) {
        const Threat& t = document->model().threats.at(row);
        QCOMPARE(table.index(row, 0).data(ThreatTableModel::ThreatIdRole).toString(), t.id);
        QCOMPARE(table.rowOf(t.id), row);
    }
    Element auditor;
    auditor.id = QStringLiteral("e-auditor");
    auditor.kind = ElementKind::Entity;
    auditor.name = QStringLiteral("Auditor");
    auditor.bounds = {0, 300, 140, 70};
    document->undoStack()->push(new AddElementsCommand(
        document.get(), document->model().diagrams.first().id, {auditor}, QStringLiteral("Add")));
    document->undoStack()->undo();
    document->undoStack()->redo();
    QCOMPARE(table.rowCount(), int(document->model().threats.size()));
}

void TestThreatTableModel::editsAreNotResets()
{
    std::unique_ptr<Document> document(shop());
    ThreatTableModel table(document.get());
    QSignalSpy resets(&table, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&table, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&table, &QAbstractItemModel::rowsRemoved);
    const int before = table.rowCount();

    // A new entity brings its STRIDE threats: rows appended at the end.
    Element auditor;
    auditor.id = QStringLiteral("e-auditor");
    auditor.kind = ElementKind::Entity;
    auditor.name = QStringLiteral("Auditor");
    auditor.bounds = {0, 300, 140, 70};
    document->undoStack()->push(new AddElementsCommand(
        document.get(), document->model().diagrams.first().id, {auditor}, QStringLiteral("Add")));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), before);
    QCOMPARE(table.rowCount(), int(document->model().threats.size()));
    QVERIFY(table.rowCount() > before);
    // Undo takes them away again.
    document->undoStack()->undo();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(table.rowCount(), before);
    // A move that changes nothing in the register touches only the moved store's rows (their
    // element column), not the rest of the register.
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    document->undoStack()->push(new MoveElementsCommand(document.get(), {QStringLiteral("e-db")},
                                                        20, 0, MoveElementsCommand::nextDrag()));
    int ofStore = 0;
    for (const Threat& t : document->model().threats)
        ofStore += t.element == QLatin1String("e-db");
    QCOMPARE(changed.size(), ofStore);
    for (const QList<QVariant>& signal : changed) {
        const QModelIndex first = signal.at(0).toModelIndex();
        QCOMPARE(first.column(), int(ThreatTableModel::Element));
        QCOMPARE(first.data(ThreatTableModel::ElementIdRole).toString(), QStringLiteral("e-db"));
    }
    QCOMPARE(resets.size(), 0);
}

void TestThreatTableModel::oneThreatChangesOneRow()
{
    std::unique_ptr<Document> document(shop());
    ThreatTableModel table(document.get());
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&table, &QAbstractItemModel::modelReset);
    Threat edited = document->model().threats.at(3);
    edited.status = ThreatStatus::Mitigated;
    document->undoStack()->push(
        new EditThreatCommand(document.get(), edited, QStringLiteral("Mitigate")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 3);
    QCOMPARE(table.index(3, ThreatTableModel::Status).data(ThreatTableModel::StatusRole).toString(),
             QStringLiteral("mitigated"));
    QCOMPARE(resets.size(), 0);
}

void TestThreatTableModel::riskKeysFollowScores()
{
    std::unique_ptr<Document> document(shop());
    ThreatTableModel table(document.get());
    Threat edited = document->model().threats.at(0);
    edited.dread = DreadScore{10, 10, 10, 10, 10};
    document->undoStack()->push(
        new EditThreatCommand(document.get(), edited, QStringLiteral("Score")));
    QCOMPARE(table.riskKey(0), 10.0);
    edited.dread = DreadScore{2, 2, 2, 2, 2};
    document->undoStack()->push(
        new EditThreatCommand(document.get(), edited, QStringLiteral("Score")));
    QCOMPARE(table.riskKey(0), 2.0);
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(table.riskKey(0),
             RiskScoring::sortKey(document->model().threats.at(0), document->model().riskMethod));
}

QTEST_MAIN(TestThreatTableModel)
#include "tst_threattablemodel.moc"
