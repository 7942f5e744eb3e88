// The format's limits hold for writing as for reading: a model at each limit saves and opens
// again; one step over is refused on save with a one-line error naming the place, and the file
// already on disk is left as it was.
#include "ModelBuilder.h"
#include "format/ModelChecks.h"
#include "format/ModelFile.h"
#include "format/TmodelFormat.h"
#include "format/TmodelWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace latch;
using latch::test::ModelBuilder;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Model baseModel()
{
    ModelBuilder b(QStringLiteral("Limits"));
    b.box(ElementKind::Entity, QStringLiteral("e-user"), QStringLiteral("User"), {0, 0, 140, 70})
        .box(ElementKind::Process, QStringLiteral("e-api"), QStringLiteral("API"),
             {300, 0, 110, 110})
        .flow(QStringLiteral("e-call"), QStringLiteral("e-user"), QStringLiteral("e-api"));
    return b.model();
}

Element& elementOf(Model& model, const char* id)
{
    return *model.diagrams.first().findElement(QLatin1String(id));
}

QByteArray nested(int levels)
{
    // {"a":{"a":...{}...}}, `levels` objects deep.
    return QByteArray(levels - 1, '\0').replace('\0', "{\"a\":") + "{}" +
           QByteArray(levels - 1, '}');
}

} // namespace

class TestModelChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atTheLimitSavesAndOpens_data();
    void atTheLimitSavesAndOpens();
    void fileSizeLimit();
    void brokenReferencesAreNotSaved_data();
    void brokenReferencesAreNotSaved();
};

using Change = std::function<void(Model&, bool over)>;
Q_DECLARE_METATYPE(Change)

void TestModelChecks::atTheLimitSavesAndOpens_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("place");
    const int far = TmodelFormat::maximumCoordinate;
    QTest::newRow("coordinate") << Change([far](Model& m, bool over) {
        elementOf(m, "e-api").bounds.x = far + (over ? 1 : 0);
    }) << QStringLiteral("diagrams[0].elements[1].x");
    QTest::newRow("negative coordinate") << Change([far](Model& m, bool over) {
        elementOf(m, "e-user").bounds.y = -far - (over ? 1 : 0);
    }) << QStringLiteral("diagrams[0].elements[0].y");
    QTest::newRow("width") << Change([](Model& m, bool over) {
        elementOf(m, "e-user").bounds.width = over ? 0 : 1;
    }) << QStringLiteral("diagrams[0].elements[0].width");
    QTest::newRow("bend points") << Change([](Model& m, bool over) {
        elementOf(m, "e-call").points =
            QVector<Point>(TmodelFormat::maximumPoints + (over ? 1 : 0), Point{200, 200});
    }) << QStringLiteral("diagrams[0].elements[2].points");
    QTest::newRow("boundary line points") << Change([](Model& m, bool over) {
        Element line;
        line.id = QStringLiteral("e-line");
        line.kind = ElementKind::Boundary;
        line.shape = BoundaryShape::Line;
        line.points = over ? QVector<Point>{{0, 0}} : QVector<Point>{{0, 0}, {0, 500}};
        m.diagrams.first().elements.append(line);
    }) << QStringLiteral("diagrams[0].elements[3].points");
    QTest::newRow("property name") << Change([](Model& m, bool over) {
        const QString name(TmodelFormat::maximumNameLength + (over ? 1 : 0), QLatin1Char('p'));
        elementOf(m, "e-api").properties.insert(name, true);
    }) << QStringLiteral("diagrams[0].elements[1].properties");
    QTest::newRow("id length") << Change([](Model& m, bool over) {
        m.diagrams.first().id = QString(128 + (over ? 1 : 0), QLatin1Char('d'));
    }) << QStringLiteral("diagrams[0].id");
    QTest::newRow("nesting of the model's own library") << Change([](Model& m, bool over) {
        // The file's root object is the first level; the library may use the other 31.
        m.embeddedLibrary = nested(TmodelFormat::maximumNesting - 1 + (over ? 1 : 0));
    }) << QStringLiteral("library");
}

void TestModelChecks::atTheLimitSavesAndOpens()
{
    QFETCH(Change, change);
    QFETCH(QString, place);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("limits.tmodel"));

    Model atLimit = baseModel();
    change(atLimit, false);
    QString error;
    QVERIFY2(ModelFile::save(atLimit, path, &error), qPrintable(error));
    const auto reopened = ModelFile::load(path, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(*reopened, atLimit);
    const QByteArray saved = readAll(path);

    Model over = baseModel();
    change(over, true);
    QVERIFY(!ModelFile::save(over, path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": not saved: ") + place + QLatin1Char(':')),
             qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(readAll(path), saved); // the old file is untouched
    // And the reader would have refused it, at the same place.
    QVERIFY(!ModelChecks::firstProblem(atLimit));
    QCOMPARE(ModelChecks::firstProblem(over)->path, place);
}

// The largest file Latch reads is one it can write, and one byte more is refused.
void TestModelChecks::fileSizeLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.tmodel"));
    Model model = baseModel();
    Element& note = elementOf(model, "e-api");
    const qsizetype base = TmodelWriter::write(model).size();
    note.description = QString(TmodelFormat::maximumFileSize - base, QLatin1Char('x'));
    QString error;
    QVERIFY2(ModelFile::save(model, path, &error), qPrintable(error));
    QCOMPARE(QFileInfo(path).size(), TmodelFormat::maximumFileSize);
    QVERIFY2(ModelFile::load(path, &error), qPrintable(error));

    note.description += QLatin1Char('y');
    QVERIFY(!ModelFile::save(model, path, &error));
    QVERIFY2(error.contains(QLatin1String("larger than the 256 MiB limit")), qPrintable(error));
    QCOMPARE(QFileInfo(path).size(), TmodelFormat::maximumFileSize);
}

void TestModelChecks::brokenReferencesAreNotSaved_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("message");
    QTest::newRow("dangling flow")
        << Change([](Model& m, bool) { elementOf(m, "e-call").target = QStringLiteral("e-gone"); })
        << QStringLiteral("diagrams[0].elements[2].target") << QStringLiteral("no element");
    QTest::newRow("duplicate id") << Change([](Model& m, bool) {
        elementOf(m, "e-api").id = QStringLiteral("e-user");
    }) << QStringLiteral("diagrams[0].elements[1].id")
                                  << QStringLiteral("duplicate id");
    QTest::newRow("threat of no element") << Change([](Model& m, bool) {
        Threat t;
        t.id = QStringLiteral("t-1");
        t.element = QStringLiteral("e-nowhere");
        t.category = QStringLiteral("spoofing");
        m.threats.append(t);
    }) << QStringLiteral("threats[0].element")
                                          << QStringLiteral("no element");
    QTest::newRow("DREAD out of range") << Change([](Model& m, bool) {
        Threat t;
        t.id = QStringLiteral("t-1");
        t.element = QStringLiteral("e-api");
        t.category = QStringLiteral("tampering");
        t.dread = DreadScore{11, 1, 1, 1, 1};
        m.threats.append(t);
    }) << QStringLiteral("threats[0].dread")
                                        << QStringLiteral("out of range");
    QTest::newRow("unknown mitigation") << Change([](Model& m, bool) {
        Threat t;
        t.id = QStringLiteral("t-1");
        t.element = QStringLiteral("e-api");
        t.category = QStringLiteral("tampering");
        t.mitigations = {QStringLiteral("m-missing")};
        m.threats.append(t);
    }) << QStringLiteral("threats[0].mitigations[0]")
                                        << QStringLiteral("no mitigation");
    QTest::newRow("bad category") << Change([](Model& m, bool) {
        Threat t;
        t.id = QStringLiteral("t-1");
        t.element = QStringLiteral("e-api");
        t.category = QStringLiteral("Tampering!");
        m.threats.append(t);
    }) << QStringLiteral("threats[0].category")
                                  << QStringLiteral("not a category name");
    // The id is quoted as it is: a "%1" in it is not a place for the message's numbers.
    QTest::newRow("id with a percent sign")
        << Change([](Model& m, bool) { elementOf(m, "e-api").id = QStringLiteral("e %1"); })
        << QStringLiteral("diagrams[0].elements[1].id")
        << QStringLiteral("\"e %1\" is not a valid id (1 to ");
    QTest::newRow("no diagram") << Change([](Model& m, bool) { m.diagrams.clear(); })
                                << QStringLiteral("diagrams") << QStringLiteral("at least one");
}

void TestModelChecks::brokenReferencesAreNotSaved()
{
    QFETCH(Change, change);
    QFETCH(QString, place);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.tmodel"));
    QString error;
    QVERIFY(ModelFile::save(baseModel(), path, &error));
    const QByteArray saved = readAll(path);
    Model broken = baseModel();
    change(broken, true);
    QVERIFY(!ModelFile::save(broken, path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(": not saved: ") + place + QLatin1Char(':')),
             qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(readAll(path), saved);
}

QTEST_GUILESS_MAIN(TestModelChecks)
#include "tst_modelchecks.moc"
