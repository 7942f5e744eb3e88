#include "format/TmodelFormat.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "model/Model.h"

#include <QTest>

using namespace latch;

namespace {

// A small valid document; tests patch one place to make it wrong.
QByteArray validDocument()
{
    return R"({
  "format": "latch.tmodel",
  "version": 2,
  "model": {"title": "Shop", "riskMethod": "dread"},
  "diagrams": [
    {
      "id": "d-1",
      "name": "Main",
      "elements": [
        {"id": "e-user", "kind": "entity", "name": "Customer", "x": 0, "y": 0, "width": 100, "height": 50},
        {"id": "e-api", "kind": "process", "name": "Shop API", "x": 300, "y": 0, "width": 100, "height": 100,
         "properties": {"rateLimited": false, "port": 443, "weight": 0.5, "technology": "Go"}},
        {"id": "e-db", "kind": "store", "name": "Orders", "x": 600, "y": 0, "width": 120, "height": 60},
        {"id": "e-f1", "kind": "flow", "name": "Place order", "source": "e-user", "target": "e-api",
         "points": [{"x": 150, "y": 80}]},
        {"id": "e-f2", "kind": "flow", "name": "Insert", "source": "e-api", "target": "e-db"},
        {"id": "e-b1", "kind": "boundary", "shape": "region", "name": "DC", "x": 250, "y": -50, "width": 600, "height": 300},
        {"id": "e-b2", "kind": "boundary", "shape": "line", "name": "Wall", "points": [{"x": 200, "y": -100}, {"x": 200, "y": 200}]},
        {"id": "e-n1", "kind": "note", "name": "Ask about PCI scope", "x": 0, "y": 300, "width": 200, "height": 80}
      ]
    }
  ],
  "threats": [
    {"id": "t-1", "rule": null, "element": "e-api", "category": "denial_of_service", "title": "Flood",
     "dread": {"damage": 5, "reproducibility": 8, "exploitability": 7, "affectedUsers": 9, "discoverability": 6},
     "status": "in_progress", "mitigations": ["m-1"], "origin": "manual"}
  ],
  "mitigations": [
    {"id": "m-1", "title": "Rate limit", "status": "implemented"}
  ]
}
)";
}

QByteArray patched(const char* from, const char* to)
{
    QByteArray doc = validDocument();
    const qsizetype at = doc.indexOf(from);
    Q_ASSERT(at >= 0);
    return doc.replace(at, qsizetype(qstrlen(from)), to);
}

} // namespace

class TestTmodelReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEverything();
    void keepsPropertyTypes();
    void rejects_data();
    void rejects();
    void syntaxErrorHasLineAndColumn();
    void migratesVersion1();
    void refusesNewerVersion();
    void obsoleteThreatMayOutliveItsElement();
    void elementTypeDefaultsToKind();
    void refusesDeepNesting();
    void refusesHugeInput();
};

void TestTmodelReader::readsEverything()
{
    FormatError error;
    const auto model = TmodelReader::read(validDocument(), &error);
    QVERIFY2(model, qPrintable(error.toString(QStringLiteral("doc"))));
    QCOMPARE(model->title, QStringLiteral("Shop"));
    QCOMPARE(model->diagrams.size(), 1);
    const Diagram& d = model->diagrams.first();
    QCOMPARE(d.elements.size(), 8);
    const Element* flow = d.findElement(QStringLiteral("e-f1"));
    QVERIFY(flow);
    QCOMPARE(flow->kind, ElementKind::Flow);
    QCOMPARE(flow->source, QStringLiteral("e-user"));
    QCOMPARE(flow->target, QStringLiteral("e-api"));
    QCOMPARE(flow->points.size(), 1);
    QCOMPARE(flow->points.first(), (Point{150, 80}));
    const Element* wall = d.findElement(QStringLiteral("e-b2"));
    QVERIFY(wall && wall->isLineBoundary());
    QCOMPARE(wall->points.size(), 2);
    const Element* dc = d.findElement(QStringLiteral("e-b1"));
    QVERIFY(dc && dc->isRegionBoundary());
    QCOMPARE(dc->bounds, (Rect{250, -50, 600, 300}));
    QCOMPARE(model->threats.size(), 1);
    const Threat& t = model->threats.first();
    QCOMPARE(t.status, ThreatStatus::InProgress);
    QVERIFY(t.dread.has_value());
    QCOMPARE(t.dread->affectedUsers, 9);
    QCOMPARE(t.dread->composite(), 7.0);
    QCOMPARE(t.mitigations, QStringList{QStringLiteral("m-1")});
    QCOMPARE(model->mitigations.first().status, MitigationStatus::Implemented);
}

void TestTmodelReader::keepsPropertyTypes()
{
    const auto model = TmodelReader::read(validDocument(), nullptr);
    QVERIFY(model);
    const QVariantMap& p = model->diagrams.first().findElement(QStringLiteral("e-api"))->properties;
    QCOMPARE(p.value(QStringLiteral("rateLimited")).typeId(), int(QMetaType::Bool));
    QCOMPARE(p.value(QStringLiteral("port")).typeId(), int(QMetaType::LongLong));
    QCOMPARE(p.value(QStringLiteral("weight")).typeId(), int(QMetaType::Double));
    QCOMPARE(p.value(QStringLiteral("technology")).toString(), QStringLiteral("Go"));
}

void TestTmodelReader::rejects_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray("  \n") << QString() << QStringLiteral("empty");
    QTest::newRow("array root") << QByteArray("[]") << QString()
                                << QStringLiteral("not a Latch model");
    QTest::newRow("no format tag")
        << QByteArray(R"({"version": 2})") << QString() << QStringLiteral("no \"format\"");
    QTest::newRow("other format") << patched("\"latch.tmodel\"", "\"threat-dragon\"")
                                  << QStringLiteral("format") << QStringLiteral("threat-dragon");
    QTest::newRow("version as string")
        << patched("\"version\": 2", "\"version\": \"2\"") << QStringLiteral("version")
        << QStringLiteral("expected an integer");
    QTest::newRow("version zero") << patched("\"version\": 2", "\"version\": 0")
                                  << QStringLiteral("version") << QStringLiteral("unknown");
    QTest::newRow("unknown top-level key")
        << patched("\"mitigations\": [\n", "\"extra\": 1, \"mitigations\": [\n") << QString()
        << QStringLiteral("unknown key \"extra\"");
    QTest::newRow("no diagrams") << patched("\"diagrams\": [", "\"diagramz\": [") << QString()
                                 << QStringLiteral("unknown key");
    QTest::newRow("unknown kind") << patched("\"kind\": \"store\"", "\"kind\": \"database\"")
                                  << QStringLiteral("diagrams[0].elements[2].kind")
                                  << QStringLiteral("unknown kind \"database\"");
    QTest::newRow("name not a string") << patched("\"name\": \"Orders\"", "\"name\": 42")
                                       << QStringLiteral("diagrams[0].elements[2].name")
                                       << QStringLiteral("expected a string, found a number");
    QTest::newRow("x not a number")
        << patched("\"x\": 600", "\"x\": \"600\"") << QStringLiteral("diagrams[0].elements[2].x")
        << QStringLiteral("expected a number");
    QTest::newRow("zero width") << patched("\"width\": 120", "\"width\": 0")
                                << QStringLiteral("diagrams[0].elements[2].width")
                                << QStringLiteral("out of range");
    QTest::newRow("coordinate too large")
        << patched("\"x\": 600", "\"x\": 1e12") << QStringLiteral("diagrams[0].elements[2].x")
        << QStringLiteral("out of range");
    QTest::newRow("missing geometry")
        << patched("\"x\": 600, ", "") << QStringLiteral("diagrams[0].elements[2]")
        << QStringLiteral("missing key \"x\"");
    QTest::newRow("duplicate id") << patched("\"id\": \"e-db\"", "\"id\": \"e-user\"")
                                  << QStringLiteral("diagrams[0].elements[2].id")
                                  << QStringLiteral("duplicate id \"e-user\" (first used at "
                                                    "diagrams[0].elements[0].id)");
    QTest::newRow("id with space")
        << patched("\"id\": \"e-db\"", "\"id\": \"e db\"")
        << QStringLiteral("diagrams[0].elements[2].id") << QStringLiteral("not a valid id");
    // Quoted as written: a "%1" in the id is not a place for the message's numbers.
    QTest::newRow("id with a percent sign") << patched("\"id\": \"e-db\"", "\"id\": \"e %1\"")
                                            << QStringLiteral("diagrams[0].elements[2].id")
                                            << QStringLiteral("\"e %1\" is not a valid id (1 to ");
    QTest::newRow("dangling flow target")
        << patched("\"target\": \"e-db\"", "\"target\": \"e-gone\"")
        << QStringLiteral("diagrams[0].elements[4].target")
        << QStringLiteral("no element with id \"e-gone\"");
    QTest::newRow("flow to a boundary")
        << patched("\"target\": \"e-db\"", "\"target\": \"e-b1\"")
        << QStringLiteral("diagrams[0].elements[4].target") << QStringLiteral("is a boundary");
    QTest::newRow("flow to a flow (cycle)")
        << patched("\"target\": \"e-db\"", "\"target\": \"e-f2\"")
        << QStringLiteral("diagrams[0].elements[4].target") << QStringLiteral("is a flow");
    QTest::newRow("line with one point")
        << patched("\"points\": [{\"x\": 200, \"y\": -100}, ", "\"points\": [")
        << QStringLiteral("diagrams[0].elements[6].points") << QStringLiteral("at least 2 points");
    QTest::newRow("unknown shape")
        << patched("\"shape\": \"line\"", "\"shape\": \"curve\"")
        << QStringLiteral("diagrams[0].elements[6].shape") << QStringLiteral("\"curve\"");
    QTest::newRow("property object")
        << patched("\"port\": 443", "\"port\": {\"n\": 443}")
        << QStringLiteral("diagrams[0].elements[1].properties.port")
        << QStringLiteral("expected a boolean, a number or a string, found an object");
    QTest::newRow("unknown element key")
        << patched("\"name\": \"Orders\"", "\"nmae\": \"Orders\"")
        << QStringLiteral("diagrams[0].elements[2]") << QStringLiteral("unknown key \"nmae\"");
    QTest::newRow("threat on missing element")
        << patched("\"element\": \"e-api\"", "\"element\": \"e-nope\"")
        << QStringLiteral("threats[0].element") << QStringLiteral("no element with id");
    QTest::newRow("threat on a diagram id")
        << patched("\"element\": \"e-api\"", "\"element\": \"d-1\"")
        << QStringLiteral("threats[0].element") << QStringLiteral("no element with id");
    QTest::newRow("dangling mitigation link")
        << patched("\"mitigations\": [\"m-1\"]", "\"mitigations\": [\"m-9\"]")
        << QStringLiteral("threats[0].mitigations[0]")
        << QStringLiteral("no mitigation with id \"m-9\"");
    QTest::newRow("mitigation linked twice")
        << patched("\"mitigations\": [\"m-1\"]", "\"mitigations\": [\"m-1\", \"m-1\"]")
        << QStringLiteral("threats[0].mitigations[1]") << QStringLiteral("linked twice");
    QTest::newRow("dread out of range")
        << patched("\"damage\": 5", "\"damage\": 11") << QStringLiteral("threats[0].dread.damage")
        << QStringLiteral("out of range (1 to 10)");
    QTest::newRow("dread incomplete")
        << patched("\"damage\": 5, ", "") << QStringLiteral("threats[0].dread")
        << QStringLiteral("missing key \"damage\"");
    QTest::newRow("dread not integer")
        << patched("\"damage\": 5", "\"damage\": 5.5") << QStringLiteral("threats[0].dread.damage")
        << QStringLiteral("expected an integer");
    QTest::newRow("unknown status")
        << patched("\"in_progress\"", "\"done\"") << QStringLiteral("threats[0].status")
        << QStringLiteral("unknown status \"done\"");
    QTest::newRow("bad category") << patched("\"denial_of_service\"", "\"Denial Of Service\"")
                                  << QStringLiteral("threats[0].category")
                                  << QStringLiteral("not a category name");
    QTest::newRow("generated without rule")
        << patched("\"origin\": \"manual\"", "\"origin\": \"generated\"")
        << QStringLiteral("threats[0].rule") << QStringLiteral("names its rule");
    QTest::newRow("unknown mitigation status")
        << patched("\"implemented\"", "\"done\"") << QStringLiteral("mitigations[0].status")
        << QStringLiteral("unknown status");
    QTest::newRow("duplicate key")
        << patched("\"name\": \"Orders\"", "\"name\": \"Orders\", \"name\": \"Other\"")
        << QStringLiteral("diagrams[0].elements[2]") // the object holding the key twice
        << QStringLiteral("key \"name\" appears twice");
    QTest::newRow("unknown risk method")
        << patched("\"dread\"}", "\"stride\"}") << QStringLiteral("model.riskMethod")
        << QStringLiteral("\"stride\"");
}

void TestTmodelReader::rejects()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, path);
    QFETCH(QString, message);
    FormatError error;
    const auto model = TmodelReader::read(document, &error);
    QVERIFY(!model);
    QCOMPARE(error.path, path);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    // One line, naming the file first.
    const QString line = error.toString(QStringLiteral("bank.tmodel"));
    QVERIFY(line.startsWith(QLatin1String("bank.tmodel")));
    QVERIFY(!line.contains(QLatin1Char('\n')));
}

void TestTmodelReader::syntaxErrorHasLineAndColumn()
{
    QByteArray truncated = validDocument();
    truncated.truncate(truncated.indexOf("\"threats\""));
    FormatError error;
    QVERIFY(!TmodelReader::read(truncated, &error));
    QVERIFY2(error.message.startsWith(QLatin1String("JSON syntax error")),
             qPrintable(error.message));
    QVERIFY(error.line > 20);
    QVERIFY(error.column >= 1);
    QVERIFY(error.toString(QStringLiteral("f.tmodel"))
                .startsWith(QStringLiteral("f.tmodel:%1:").arg(error.line)));

    FormatError garbage;
    QVERIFY(!TmodelReader::read(QByteArray("{\n  \"format\": latch\n}"), &garbage));
    QCOMPARE(garbage.line, 2);
    QCOMPARE(garbage.column, 13);
}

void TestTmodelReader::migratesVersion1()
{
    QByteArray v1 = validDocument();
    v1.replace("\"version\": 2", "\"version\": 1");
    v1.replace("\"kind\": \"entity\"", "\"kind\": \"actor\"");
    v1.replace("\"denial_of_service\"", "\"D\"");
    FormatError error;
    const auto model = TmodelReader::read(v1, &error);
    QVERIFY2(model, qPrintable(error.message));
    QCOMPARE(model->diagrams.first().findElement(QStringLiteral("e-user"))->kind,
             ElementKind::Entity);
    QCOMPARE(model->threats.first().category, QStringLiteral("denial_of_service"));
    // Saving writes the current version.
    QVERIFY(TmodelWriter::write(*model).contains("\"version\": 7"));

    // The same letters mean nothing in version 2.
    QByteArray v2 = validDocument();
    v2.replace("\"denial_of_service\"", "\"D\"");
    QVERIFY(!TmodelReader::read(v2, &error));
    QCOMPARE(error.path, QStringLiteral("threats[0].category"));
}

void TestTmodelReader::refusesNewerVersion()
{
    FormatError error;
    QVERIFY(!TmodelReader::read(patched("\"version\": 2", "\"version\": 8"), &error));
    QCOMPARE(error.path, QStringLiteral("version"));
    QVERIFY2(error.message.contains(QLatin1String("newer than this Latch reads (7)")),
             qPrintable(error.message));
}

void TestTmodelReader::refusesDeepNesting()
{
    QByteArray deep = "{\"format\": \"latch.tmodel\", \"version\": 2, \"model\": ";
    deep += QByteArray(100'000, '[');
    deep += QByteArray(100'000, ']');
    deep += '}';
    FormatError error;
    QVERIFY(!TmodelReader::read(deep, &error));
    QVERIFY2(error.message.contains(QLatin1String("nested deeper than 32")),
             qPrintable(error.message));
    QCOMPARE(error.line, 1);

    // Brackets inside strings are text, not nesting.
    QByteArray text = validDocument();
    text.replace("\"Shop\"", QByteArray("\"" + QByteArray(1000, '[') + "\""));
    QVERIFY(TmodelReader::read(text, &error));
    // ... also after an escaped quote, and a string may end in an escaped backslash.
    QByteArray escaped = validDocument();
    escaped.replace("\"Shop\"", QByteArray("\"say \\\"" + QByteArray(1000, '[') + "\\\\\""));
    QVERIFY2(TmodelReader::read(escaped, &error), qPrintable(error.message));
}

void TestTmodelReader::refusesHugeInput()
{
    QByteArray huge(TmodelFormat::maximumFileSize + 1, ' ');
    FormatError error;
    QVERIFY(!TmodelReader::read(huge, &error));
    QVERIFY2(error.message.contains(QLatin1String("256 MiB")), qPrintable(error.message));
}

void TestTmodelReader::obsoleteThreatMayOutliveItsElement()
{
    QByteArray doc = patched("\"element\": \"e-api\"", "\"element\": \"e-deleted\"");
    doc.replace("\"origin\": \"manual\"}", "\"origin\": \"manual\", \"obsolete\": true}");
    FormatError error;
    const auto model = TmodelReader::read(doc, &error);
    QVERIFY2(model, qPrintable(error.message));
    QVERIFY(model->threats.first().obsolete);
    QCOMPARE(model->threats.first().element, QStringLiteral("e-deleted"));
}

void TestTmodelReader::elementTypeDefaultsToKind()
{
    const QByteArray typed =
        patched("\"kind\": \"store\"", "\"kind\": \"store\", \"type\": \"store.log\"");
    const auto model = TmodelReader::read(typed, nullptr);
    QVERIFY(model);
    QCOMPARE(model->diagrams.first().findElement(QStringLiteral("e-db"))->type,
             QStringLiteral("store.log"));
    QCOMPARE(model->diagrams.first().findElement(QStringLiteral("e-api"))->type,
             QStringLiteral("process"));
    FormatError error;
    QVERIFY(!TmodelReader::read(
        patched("\"kind\": \"store\"", "\"kind\": \"store\", \"type\": \"a b\""), &error));
    QCOMPARE(error.path, QStringLiteral("diagrams[0].elements[2].type"));
}

QTEST_GUILESS_MAIN(TestTmodelReader)
#include "tst_tmodelreader.moc"
