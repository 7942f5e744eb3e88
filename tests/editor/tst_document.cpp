#include "Document.h"
#include "ModelBuilder.h"
#include "commands/AddElementsCommand.h"
#include "commands/DiagramCommands.h"
#include "commands/EditElementCommand.h"
#include "commands/MoveElementsCommand.h"
#include "commands/RemoveElementsCommand.h"
#include "commands/SetLibraryCommand.h"
#include "engine/ThreatGenerator.h"
#include "format/ModelFile.h"
#include "format/TmodelWriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace latch;
using latch::test::ModelBuilder;

namespace {

Model small()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("User"), {0, 0, 100, 50})
        .box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("API"), {300, 0, 100, 100})
        .box(ElementKind::Store, QStringLiteral("s"), QStringLiteral("DB"), {600, 0, 160, 60})
        .flow(QStringLiteral("f1"), QStringLiteral("u"), QStringLiteral("p"), {{150, 80}})
        .flow(QStringLiteral("f2"), QStringLiteral("p"), QStringLiteral("s"));
    return b.model();
}

// A model's own library with one rule on every process.
QByteArray acmeLibrary(const char* category = "spoofing")
{
    return QByteArrayLiteral(R"({"format":"latch.rules","version":1,"id":"acme","rules":[)"
                             R"({"id":"ACME-1","category":")") +
           category +
           QByteArrayLiteral(R"(","target":"process","title":"{element.name} belongs to ACME"}]})");
}

// The threat that library gave the process "p", as a file stores it.
Threat acmeThreat()
{
    Threat t;
    t.id = ThreatGenerator::threatIdFor(QStringLiteral("ACME-1"), QStringLiteral("p"));
    t.rule = QStringLiteral("ACME-1");
    t.element = QStringLiteral("p");
    t.category = QStringLiteral("spoofing");
    t.title = QStringLiteral("API belongs to ACME");
    t.origin = ThreatOrigin::Generated;
    t.status = ThreatStatus::InProgress;
    return t;
}

const Threat* findThreat(const Document& document, const QString& id)
{
    return document.model().findThreat(id);
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addAndUndo();
    void removeRestoresOrder();
    void movesMergeUntilFinished();
    void editAndDiagramCommands();
    void cleanStateFollowsSave();
    void threatsFollowEditsInTheSameStep();
    void keepsThreatsOfALibraryThatFailedToLoad();
    void failedLibrarySwitchChangesNothing();
    void undoGivesBackALibraryThatFailedToLoad();
};

void TestDocument::addAndUndo()
{
    Document document(small());
    const QByteArray before = TmodelWriter::write(document.model());
    QSignalSpy inserted(&document, &Document::elementInserted);
    Element note;
    note.id = QStringLiteral("n");
    note.kind = ElementKind::Note;
    note.name = QStringLiteral("Ask about PCI");
    note.bounds = {0, 300, 200, 80};
    document.undoStack()->push(
        new AddElementsCommand(&document, QStringLiteral("d-main"), {note}, QStringLiteral("Add")));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(document.model().diagrams.first().elements.last().id, QStringLiteral("n"));
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QCOMPARE(TmodelWriter::write(document.model()), before);
    QVERIFY(!document.isModified());
}

void TestDocument::removeRestoresOrder()
{
    Document document(small());
    const QByteArray before = TmodelWriter::write(document.model());
    document.undoStack()->push(
        new RemoveElementsCommand(&document, QStringLiteral("d-main"),
                                  {QStringLiteral("f2"), QStringLiteral("p"), QStringLiteral("f1")},
                                  QStringLiteral("Delete")));
    QCOMPARE(document.model().diagrams.first().elements.size(), 2);
    QVERIFY(!document.element(QStringLiteral("p")));
    document.undoStack()->undo();
    QCOMPARE(TmodelWriter::write(document.model()), before);
    document.undoStack()->redo();
    QCOMPARE(document.model().diagrams.first().elements.size(), 2);
}

void TestDocument::movesMergeUntilFinished()
{
    Document document(small());
    const QByteArray before = TmodelWriter::write(document.model());
    const QStringList ids{QStringLiteral("u"), QStringLiteral("f1")};
    const int drag = MoveElementsCommand::nextDrag();
    for (int i = 0; i < 10; ++i)
        document.undoStack()->push(new MoveElementsCommand(&document, ids, 3, -2, drag));
    QCOMPARE(document.undoStack()->count(), 1); // one drag, one step
    QCOMPARE(document.element(QStringLiteral("u"))->bounds.x, 30);
    QCOMPARE(document.element(QStringLiteral("u"))->bounds.y, -20);
    QCOMPARE(document.element(QStringLiteral("f1"))->points.first(), (Point{180, 60}));
    // The next drag, or a single move, is a step of its own.
    document.undoStack()->push(
        new MoveElementsCommand(&document, ids, 1, 1, MoveElementsCommand::nextDrag()));
    document.undoStack()->push(new MoveElementsCommand(&document, ids, 1, 1));
    document.undoStack()->push(new MoveElementsCommand(&document, ids, 1, 1));
    QCOMPARE(document.undoStack()->count(), 4);
    document.undoStack()->setIndex(0);
    QCOMPARE(TmodelWriter::write(document.model()), before);
}

void TestDocument::editAndDiagramCommands()
{
    Document document(small());
    const QByteArray before = TmodelWriter::write(document.model());
    Element renamed = *document.element(QStringLiteral("p"));
    renamed.name = QStringLiteral("Orders API");
    renamed.properties.insert(QStringLiteral("exposesApi"), true);
    document.undoStack()->push(
        new EditElementCommand(&document, renamed, QStringLiteral("Rename")));
    QCOMPARE(document.element(QStringLiteral("p"))->name, QStringLiteral("Orders API"));

    Diagram second;
    second.id = QStringLiteral("d-2");
    second.name = QStringLiteral("Payments");
    document.undoStack()->push(new AddDiagramCommand(&document, second, 1));
    document.undoStack()->push(
        new RenameDiagramCommand(&document, QStringLiteral("d-2"), QStringLiteral("Payment flow")));
    QCOMPARE(document.model().diagrams.at(1).name, QStringLiteral("Payment flow"));
    document.undoStack()->push(new RemoveDiagramCommand(&document, QStringLiteral("d-main")));
    QCOMPARE(document.model().diagrams.size(), 1);
    document.undoStack()->setIndex(0);
    QCOMPARE(TmodelWriter::write(document.model()), before);
}

void TestDocument::cleanStateFollowsSave()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.tmodel"));
    Document document(small());
    QSignalSpy modified(&document, &Document::modifiedChanged);
    document.undoStack()->push(new MoveElementsCommand(&document, {QStringLiteral("u")}, 10, 0));
    QVERIFY(document.isModified());
    QString error;
    QVERIFY2(document.save(path, &error), qPrintable(error));
    QVERIFY(!document.isModified());
    QCOMPARE(document.filePath(), QFileInfo(path).absoluteFilePath());
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    document.undoStack()->redo(); // back at the saved state
    QVERIFY(!document.isModified());
    QVERIFY(modified.count() >= 3);

    // Reopening gives the same model.
    std::unique_ptr<Document> reopened(Document::open(path, &error));
    QVERIFY(reopened);
    QVERIFY(reopened->model() == document.model());
    QVERIFY(!Document::open(dir.filePath(QStringLiteral("missing.tmodel")), &error));
    QVERIFY(error.endsWith(QLatin1String("no such file")));
}

void TestDocument::threatsFollowEditsInTheSameStep()
{
    Document document(small());
    const QByteArray before = TmodelWriter::write(document.model());
    QSignalSpy changed(&document, &Document::threatsChanged);
    auto threatsOf = [&](const QString& id, bool liveOnly) {
        QStringList rules;
        for (const Threat& t : document.model().threats) {
            if (t.element == id && (!liveOnly || !t.obsolete))
                rules << t.rule;
        }
        return rules;
    };

    // A new external entity gets the built-in library's spoofing and repudiation threats.
    Element partner;
    partner.id = QStringLiteral("partner");
    partner.kind = ElementKind::Entity;
    partner.name = QStringLiteral("Partner bank");
    partner.bounds = {0, 300, 140, 70};
    document.undoStack()->push(new AddElementsCommand(&document, QStringLiteral("d-main"),
                                                      {partner}, QStringLiteral("Add")));
    QVERIFY(changed.count() >= 1);
    QVERIFY(threatsOf(QStringLiteral("partner"), true)
                .contains(QStringLiteral("LATCH-STRIDE-ENTITY-S")));
    QCOMPARE(document.undoStack()->count(), 1); // the edit and its threats: one step

    // A property edit brings an API threat; reversing it makes the threat obsolete.
    Element api = *document.element(QStringLiteral("p"));
    api.properties.insert(QStringLiteral("exposesApi"), true);
    document.undoStack()->push(new EditElementCommand(&document, api, QStringLiteral("API")));
    QVERIFY(
        threatsOf(QStringLiteral("p"), true).contains(QStringLiteral("LATCH-API4-NO-RATE-LIMIT")));
    api.properties.insert(QStringLiteral("rateLimited"), true);
    document.undoStack()->push(new EditElementCommand(&document, api, QStringLiteral("Limit")));
    QVERIFY(
        !threatsOf(QStringLiteral("p"), true).contains(QStringLiteral("LATCH-API4-NO-RATE-LIMIT")));
    QVERIFY(
        threatsOf(QStringLiteral("p"), false).contains(QStringLiteral("LATCH-API4-NO-RATE-LIMIT")));
    const QByteArray edited = TmodelWriter::write(document.model());

    // Undo everything: the model, threats included, is exactly what it was; redo likewise.
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(TmodelWriter::write(document.model()), before);
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    QCOMPARE(TmodelWriter::write(document.model()), edited);
}

void TestDocument::keepsThreatsOfALibraryThatFailedToLoad()
{
    // The model's own library names a category this Latch does not have: it cannot load, and
    // the threat its rule gave the API must outlive the next edit of the API.
    Model model = small();
    model.embeddedLibrary = acmeLibrary("no_such_category");
    model.threats.append(acmeThreat());
    Document document(model);
    QCOMPARE(document.libraryErrors().size(), 1);
    QVERIFY(document.libraryErrors().first().contains(QStringLiteral("no_such_category")));
    document.undoStack()->push(new MoveElementsCommand(&document, {QStringLiteral("p")}, 10, 0));
    const Threat* kept = findThreat(document, acmeThreat().id);
    QVERIFY(kept);
    QVERIFY(!kept->obsolete);
    QCOMPARE(kept->status, ThreatStatus::InProgress);
    // When every library loaded, a rule that is gone still makes its threat obsolete.
    Model withBuiltinOnly = small();
    withBuiltinOnly.threats.append(acmeThreat());
    Document complete(withBuiltinOnly);
    QVERIFY(complete.libraryErrors().isEmpty());
    complete.undoStack()->push(new MoveElementsCommand(&complete, {QStringLiteral("p")}, 10, 0));
    QVERIFY(findThreat(complete, acmeThreat().id)->obsolete);
}

void TestDocument::failedLibrarySwitchChangesNothing()
{
    Document document(small());
    document.undoStack()->push(new MoveElementsCommand(&document, {QStringLiteral("p")}, 10, 0));
    const QByteArray before = TmodelWriter::write(document.model());
    const int steps = document.undoStack()->count();
    QSignalSpy libraryChanged(&document, &Document::libraryChanged);
    document.undoStack()->push(new SetLibraryCommand(&document, acmeLibrary("no_such_category"),
                                                     QStringLiteral("Use rule library")));
    // Nothing changed, and no step was added that undo would have to take back.
    QCOMPARE(TmodelWriter::write(document.model()), before);
    QCOMPARE(document.undoStack()->count(), steps);
    QCOMPARE(libraryChanged.count(), 0);
    // Undo takes back the edit before it, redo brings it again.
    document.undoStack()->undo();
    QVERIFY(TmodelWriter::write(document.model()) != before);
    document.undoStack()->redo();
    QCOMPARE(TmodelWriter::write(document.model()), before);
}

void TestDocument::undoGivesBackALibraryThatFailedToLoad()
{
    // Opened with a library that does not load; the user picks one that does, then undoes.
    Model model = small();
    model.embeddedLibrary = acmeLibrary("no_such_category");
    model.threats.append(acmeThreat());
    Document document(model);
    const QVector<Threat> threatsBefore = document.model().threats;
    document.undoStack()->push(
        new SetLibraryCommand(&document, acmeLibrary(), QStringLiteral("Use rule library")));
    QCOMPARE(document.model().embeddedLibrary, acmeLibrary());
    QVERIFY(document.library().findRule(QStringLiteral("ACME-1")));
    QVERIFY(document.libraryErrors().isEmpty());
    const QVector<Threat> threatsAfter = document.model().threats;

    document.undoStack()->undo();
    // The library and the register are both as they were, the library's error included.
    QCOMPARE(document.model().embeddedLibrary, acmeLibrary("no_such_category"));
    QVERIFY(!document.library().findRule(QStringLiteral("ACME-1")));
    QCOMPARE(document.libraryErrors().size(), 1);
    QCOMPARE(document.model().threats, threatsBefore);

    document.undoStack()->redo();
    QCOMPARE(document.model().embeddedLibrary, acmeLibrary());
    QVERIFY(document.library().findRule(QStringLiteral("ACME-1")));
    QCOMPARE(document.model().threats, threatsAfter);
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
