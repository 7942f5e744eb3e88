// Comparing the open model with another version (README, "Comparing with another version"):
// a file or a git revision of the model's file, the changes by id as `latch-cli diff` finds
// them, kept in step while the model is edited, and refusals that say what is wrong and keep
// the comparison in force. Comparing never writes.
#include "Document.h"
#include "ExampleModels.h"
#include "GitRepo.h"
#include "TestFiles.h"
#include "commands/MoveElementsCommand.h"
#include "compare/Comparison.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace latch;
using namespace latch::test;

namespace {

const QString account = QStringLiteral("e-8923a5e0407b");   // "Account service"
const QString fraud = QStringLiteral("e-8ab89167d909");     // "Fraud scoring service"
const QString fraudFlow = QStringLiteral("e-67d4028f412d"); // "Fraud score request"
const QString payment = QStringLiteral("e-9c66ea990847");   // "Payment service"

// "process renamed e-…" for each change, to compare lists briefly.
QStringList summary(const QVector<ModelChange>& changes, const QString& subjectPrefix = {})
{
    QStringList lines;
    for (const ModelChange& c : changes) {
        if (c.subject.startsWith(subjectPrefix) && c.subject != QLatin1String("threat"))
            lines << c.subject + QLatin1Char(' ') + c.change + QLatin1Char(' ') + c.id;
    }
    return lines;
}

// The banking example with the account service renamed and the fraud service removed.
Model edited()
{
    Model model = loadExample("online-banking.tmodel");
    elementNamed(model, QStringLiteral("Account service")).name = QStringLiteral("Accounts");
    removeWithFlows(model, fraud);
    return model;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withFileFollowsEdits();
    void withRevisions();
    void refusalsKeepTheComparison();
};

void TestComparison::withFileFollowsEdits()
{
    const QString path = example("online-banking.tmodel");
    const QByteArray before = readAll(path);
    Document document(edited());
    Comparison comparison(&document);
    QVERIFY(!comparison.isActive());
    QSignalSpy changed(&comparison, &Comparison::changed);
    QString error;
    QVERIFY2(comparison.compareWithFile(path, &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QVERIFY(comparison.isActive());
    QCOMPARE(comparison.label(), QStringLiteral("online-banking.tmodel"));
    QCOMPARE(comparison.other()->findElement(fraud)->name, QStringLiteral("Fraud scoring service"));
    // What was done to the diagram, and nothing else: the flow went with its process.
    QStringList expected{QStringLiteral("process renamed ") + account,
                         QStringLiteral("process removed ") + fraud,
                         QStringLiteral("flow removed ") + fraudFlow};
    QStringList found = summary(comparison.changes());
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
    for (const ModelChange& c : comparison.changes()) {
        if (c.change == QLatin1String("renamed")) {
            QCOMPARE(c.before, QStringLiteral("Account service"));
            QCOMPARE(c.after, QStringLiteral("Accounts"));
        }
    }

    // A drag of the payment service: a layout change once the edits settle, hidden on demand,
    // gone again with undo.
    document.undoStack()->push(new MoveElementsCommand(&document, {payment}, 40, 0));
    QTRY_VERIFY(summary(comparison.changes()).contains(QStringLiteral("process moved ") + payment));
    for (const ModelChange& c : comparison.changes()) {
        if (c.change == QLatin1String("moved"))
            QCOMPARE(c.rank, ModelChange::Rank::Layout);
    }
    comparison.setIgnoreLayout(true);
    QVERIFY(!summary(comparison.changes()).contains(QStringLiteral("process moved ") + payment));
    QCOMPARE(summary(comparison.changes()).size(), 3);
    comparison.setIgnoreLayout(false);
    QVERIFY(summary(comparison.changes()).contains(QStringLiteral("process moved ") + payment));
    document.undoStack()->undo();
    QTRY_COMPARE(summary(comparison.changes()).size(), 3);

    comparison.clear();
    QVERIFY(!comparison.isActive());
    QVERIFY(comparison.changes().isEmpty());
    QVERIFY(!comparison.other());
    QCOMPARE(readAll(path), before); // comparing never writes
}

void TestComparison::withRevisions()
{
    GitRepo repo;
    const QString file =
        repo.commitFile(QStringLiteral("bank.tmodel"), readAll(example("online-banking.tmodel")),
                        QStringLiteral("base"));
    QVERIFY(!file.isEmpty());
    QString error;
    QVERIFY2(ModelFile::save(edited(), file, &error), qPrintable(error));
    QCOMPARE(repo.commitAll(QStringLiteral("edited")), 0);
    const QByteArray committed = readAll(file);

    std::unique_ptr<Document> document(Document::open(file, &error));
    QVERIFY2(document, qPrintable(error));
    Comparison comparison(document.get());
    QVERIFY2(comparison.compareWithRevision(QStringLiteral("HEAD"), &error), qPrintable(error));
    QCOMPARE(comparison.label(), QStringLiteral("HEAD:bank.tmodel"));
    QVERIFY(comparison.changes().isEmpty()); // the file is as committed
    QVERIFY2(comparison.compareWithRevision(QStringLiteral(" HEAD~1 "), &error), qPrintable(error));
    QCOMPARE(comparison.label(), QStringLiteral("HEAD~1:bank.tmodel"));
    QStringList processes = summary(comparison.changes(), QStringLiteral("process"));
    processes.sort();
    QCOMPARE(processes, (QStringList{QStringLiteral("process removed ") + fraud,
                                     QStringLiteral("process renamed ") + account}));
    // Reading revisions touches neither the file nor the repository.
    QCOMPARE(readAll(file), committed);
    QCOMPARE(repo.run({QStringLiteral("status"), QStringLiteral("--porcelain")}).output, QString());
}

void TestComparison::refusalsKeepTheComparison()
{
    // A model with no file has no revisions.
    Document unsaved(edited());
    Comparison none(&unsaved);
    QString error;
    QVERIFY(!none.compareWithRevision(QStringLiteral("HEAD"), &error));
    QVERIFY2(error.contains(QStringLiteral("no file yet")), qPrintable(error));
    QVERIFY(!none.isActive());

    GitRepo repo;
    const QString file =
        repo.commitFile(QStringLiteral("bank.tmodel"), readAll(example("online-banking.tmodel")),
                        QStringLiteral("base"));
    QVERIFY(!file.isEmpty());
    std::unique_ptr<Document> document(Document::open(file, &error));
    QVERIFY2(document, qPrintable(error));
    Comparison comparison(document.get());
    QVERIFY2(comparison.compareWithRevision(QStringLiteral("HEAD"), &error), qPrintable(error));

    // An option or a path is never passed to git as a revision.
    for (const char* bad : {"--output=/tmp/x", "HEAD:other.tmodel", "", "HEAD bank"}) {
        error.clear();
        QVERIFY(!comparison.compareWithRevision(QLatin1String(bad), &error));
        QVERIFY2(error.contains(QStringLiteral("is not a git revision")), qPrintable(error));
    }
    QVERIFY(!comparison.compareWithRevision(QStringLiteral("no-such-branch"), &error));
    QVERIFY2(
        error.startsWith(QStringLiteral("no-such-branch:bank.tmodel: cannot be read from git")),
        qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));

    QTemporaryDir dir;
    const QString notModel = dir.filePath(QStringLiteral("notes.tmodel"));
    QVERIFY(writeAll(notModel, "{\"version\": 5, \"title\": 3}"));
    QVERIFY(!comparison.compareWithFile(notModel, &error));
    QVERIFY2(error.startsWith(notModel), qPrintable(error));
    QVERIFY(!comparison.compareWithFile(dir.filePath(QStringLiteral("missing.tmodel")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing.tmodel")), qPrintable(error));

    // After every refusal, the comparison in force is the one made last.
    QVERIFY(comparison.isActive());
    QCOMPARE(comparison.label(), QStringLiteral("HEAD:bank.tmodel"));
}

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
