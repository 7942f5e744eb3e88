#include "ModelBuilder.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace latch;
using latch::test::ModelBuilder;

namespace {

Model richModel()
{
    ModelBuilder b(QStringLiteral("Payments — Zahlungsverkehr ✓"));
    Model& m = b.model();
    m.owner = QStringLiteral("Security Guild");
    m.reviewers = {QStringLiteral("Ada"), QStringLiteral("Grace")};
    m.description = QStringLiteral("Line one\nline \"two\"\ttabbed");
    m.scope = QStringLiteral("Card payments only");
    m.riskMethod = RiskMethod::Matrix;
    m.assets.append({QStringLiteral("a-1"), QStringLiteral("Card data"),
                     QStringLiteral("restricted"), QStringLiteral("PAN and expiry")});
    m.compliance = {QStringLiteral("PCI DSS"), QStringLiteral("GDPR")};
    b.box(ElementKind::Entity, QStringLiteral("e-user"), QStringLiteral("Customer"),
          {-40, 10, 140, 70}, {{QStringLiteral("human"), true}})
        .box(ElementKind::Process, QStringLiteral("e-api"), QStringLiteral("Payments API"),
             {300, 0, 110, 110},
             {{QStringLiteral("zeta"), 1.25},
              {QStringLiteral("alpha"), QStringLiteral("x")},
              {QStringLiteral("port"), qlonglong(8443)}})
        .flow(QStringLiteral("e-f"), QStringLiteral("e-user"), QStringLiteral("e-api"),
              {{100, 200}, {250, 200}}, QStringLiteral("Pay"))
        .region(QStringLiteral("e-zone"), {250, -50, 400, 300})
        .line(QStringLiteral("e-wall"), {{200, -100}, {200, 300}});
    b.current().elements[2].bidirectional = true;
    Mitigation mit;
    mit.id = QStringLiteral("m-1");
    mit.title = QStringLiteral("Tokenise card numbers");
    mit.status = MitigationStatus::Verified;
    b.mitigation(mit);
    Threat t;
    t.id = QStringLiteral("t-1");
    t.rule = QStringLiteral("LATCH-I-001");
    t.origin = ThreatOrigin::Generated;
    t.element = QStringLiteral("e-f");
    t.category = QStringLiteral("information_disclosure");
    t.title = QStringLiteral("Card data readable in transit, =cmd|' /C calc'!A0");
    t.references = {QStringLiteral("API8:2023"), QStringLiteral("CWE-319")};
    t.dread = DreadScore{8, 6, 5, 9, 4};
    t.risk = RiskRating{4, 5};
    t.status = ThreatStatus::Accepted;
    t.justification = QStringLiteral("Network is private");
    t.mitigations = {QStringLiteral("m-1")};
    t.obsolete = true;
    t.textEdited = true;
    b.threat(t);
    return m;
}

} // namespace

class TestTmodelWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEverything();
    void outputIsDeterministic();
    void canonicalLayout();
    void keyOrderIsFixed();
    void examplesAreCanonical_data();
    void examplesAreCanonical();
    void additionInsertsLines();
    void curveAndLabelOnlyWhenSet();
    void frameworksOnlyWhenChosen();
};

void TestTmodelWriter::roundTripKeepsEverything()
{
    const Model original = richModel();
    const QByteArray bytes = TmodelWriter::write(original);
    FormatError error;
    const auto back = TmodelReader::read(bytes, &error);
    QVERIFY2(back, qPrintable(error.toString(QStringLiteral("written"))));
    QCOMPARE(back->diagrams, original.diagrams);
    QCOMPARE(back->threats, original.threats);
    QCOMPARE(back->mitigations, original.mitigations);
    QCOMPARE(back->assets, original.assets);
    QVERIFY(*back == original);
    QCOMPARE(TmodelWriter::write(*back), bytes);
}

void TestTmodelWriter::outputIsDeterministic()
{
    QCOMPARE(TmodelWriter::write(richModel()), TmodelWriter::write(richModel()));
}

void TestTmodelWriter::canonicalLayout()
{
    const QByteArray bytes = TmodelWriter::write(richModel());
    QVERIFY(bytes.endsWith("}\n"));
    QVERIFY(!bytes.endsWith("\n\n"));
    QVERIFY(!bytes.contains('\r'));
    QVERIFY(bytes.startsWith("{\n  \"format\": \"latch.tmodel\",\n  \"version\": 7,\n"));
    // UTF-8 text stays readable in diffs, not \u-escaped.
    QVERIFY(bytes.contains("Zahlungsverkehr ✓"));
    // Integers, not floats, for geometry.
    QVERIFY(bytes.contains("\"x\": -40,\n"));
    QVERIFY(bytes.contains("\"width\": 140,\n"));
    // Properties sorted by name whatever order they were set in.
    const qsizetype alpha = bytes.indexOf("\"alpha\"");
    const qsizetype port = bytes.indexOf("\"port\"");
    const qsizetype zeta = bytes.indexOf("\"zeta\"");
    QVERIFY(alpha > 0 && alpha < port && port < zeta);
    // One value per line: no line holds two keys.
    for (const QByteArray& line : bytes.split('\n'))
        QVERIFY2(line.count("\": ") <= 1, line.constData());
}

void TestTmodelWriter::keyOrderIsFixed()
{
    const QByteArray bytes = TmodelWriter::write(richModel());
    auto order = [&](std::initializer_list<const char*> keys, qsizetype from) {
        qsizetype last = from;
        for (const char* key : keys) {
            const qsizetype at = bytes.indexOf(QByteArray(QByteArray("\"") + key + "\":"), last);
            if (at < 0)
                return false;
            last = at;
        }
        return true;
    };
    QVERIFY(order({"format", "version", "model", "diagrams", "threats", "mitigations"}, 0));
    const qsizetype flow = bytes.indexOf("\"kind\": \"flow\"");
    QVERIFY(order({"source", "target", "bidirectional", "points", "properties"}, flow));
    const qsizetype threat = bytes.indexOf("\"threats\"");
    QVERIFY(order({"id", "rule", "element", "category", "title", "description", "references",
                   "dread", "risk", "status", "justification", "mitigations", "origin", "obsolete"},
                  threat));
}

void TestTmodelWriter::examplesAreCanonical_data()
{
    QTest::addColumn<QString>("path");
    const QDir examples(QStringLiteral(LATCH_SOURCE_DIR "/resources/examples"));
    const QStringList files = examples.entryList({QStringLiteral("*.tmodel")}, QDir::Files);
    QVERIFY(files.size() >= 2);
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << examples.filePath(file);
}

void TestTmodelWriter::examplesAreCanonical()
{
    // Load -> save without edits reproduces the file byte for byte.
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    FormatError error;
    const auto model = TmodelReader::read(bytes, &error);
    QVERIFY2(model, qPrintable(error.toString(path)));
    QCOMPARE(TmodelWriter::write(*model), bytes);
}

void TestTmodelWriter::additionInsertsLines()
{
    // Appending an element only inserts lines: every line of the old file survives, in order.
    Model model = richModel();
    const QList<QByteArray> before = TmodelWriter::write(model).split('\n');
    Element added;
    added.id = QStringLiteral("e-new");
    added.kind = ElementKind::Store;
    added.name = QStringLiteral("Ledger");
    added.bounds = {700, 0, 160, 60};
    model.diagrams.first().elements.append(added);
    const QList<QByteArray> after = TmodelWriter::write(model).split('\n');
    QVERIFY(after.size() > before.size());
    // The old text survives whole except for the one closing brace that gains a comma.
    qsizetype first = 0;
    while (before.at(first) == after.at(first))
        ++first;
    QCOMPARE(after.at(first), before.at(first) + ',');
    const qsizetype tail = before.size() - first - 1;
    QCOMPARE(after.mid(after.size() - tail), before.mid(first + 1));
    QVERIFY(after.mid(first + 1, after.size() - before.size()).join('\n').contains("e-new"));
}

void TestTmodelWriter::curveAndLabelOnlyWhenSet()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("a"), QStringLiteral("A"), {0, 0, 100, 60})
        .box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("P"), {300, 0, 100, 100})
        .flow(QStringLiteral("plain"), QStringLiteral("a"), QStringLiteral("p"))
        .flow(QStringLiteral("shaped"), QStringLiteral("p"), QStringLiteral("a"), {{200, 150}});
    Model model = b.model();
    Element& shaped = model.diagrams[0].elements[3];
    shaped.curved = true;
    shaped.labelOffset = {5, -40};
    const QByteArray bytes = TmodelWriter::write(model);
    // Schema 6 keys, written only for the flow that has them (a version 5 flow stays as it was).
    QCOMPARE(bytes.count("\"curved\""), 1);
    QVERIFY(bytes.contains("\"curved\": true"));
    QVERIFY(bytes.contains("\"label\": {\n"));
    QCOMPARE(bytes.count("\"label\""), 1);
    FormatError error;
    const auto back = TmodelReader::read(bytes, &error);
    QVERIFY2(back, qPrintable(error.message));
    const Element& read = back->diagrams[0].elements[3];
    QVERIFY(read.curved);
    QCOMPARE(read.labelOffset, (Point{5, -40}));
    QVERIFY(!back->diagrams[0].elements[2].curved);
    QCOMPARE(back->diagrams[0].elements[2].labelOffset, Point{});
    QCOMPARE(TmodelWriter::write(*back), bytes);
    // A label with a stray key is refused, with its place.
    QByteArray bad = bytes;
    bad.replace("\"label\": {", "\"label\": {\"z\": 1, ");
    QVERIFY(!TmodelReader::read(bad, &error));
    QVERIFY2(error.path.endsWith(QStringLiteral("elements[3].label")), qPrintable(error.path));
}

void TestTmodelWriter::frameworksOnlyWhenChosen()
{
    Model model = ModelBuilder().model();
    // STRIDE alone, the default: no key, so a version 6 file's model object stays as it was.
    QVERIFY(!TmodelWriter::write(model).contains("\"frameworks\""));
    model.frameworks = {QStringLiteral("stride"), QStringLiteral("cia")};
    const QByteArray bytes = TmodelWriter::write(model);
    QVERIFY(bytes.contains("\"frameworks\": [\n      \"stride\",\n      \"cia\"\n    ],\n"));
    FormatError error;
    const auto back = TmodelReader::read(bytes, &error);
    QVERIFY2(back, qPrintable(error.message));
    QCOMPARE(back->frameworks, model.frameworks);
    QCOMPARE(TmodelWriter::write(*back), bytes);
    // Read in any order, kept in the canonical one; nothing chosen is a choice too.
    QByteArray reordered = bytes;
    reordered.replace("\"stride\",\n      \"cia\"", "\"cia\", \"linddun\", \"stride\"");
    const auto three = TmodelReader::read(reordered, &error);
    QVERIFY2(three, qPrintable(error.message));
    QCOMPARE(three->frameworks, (QStringList{QStringLiteral("stride"), QStringLiteral("linddun"),
                                             QStringLiteral("cia")}));
    model.frameworks.clear();
    QVERIFY(TmodelWriter::write(model).contains("\"frameworks\": []"));
    // Unknown or repeated names are refused, with the place.
    QByteArray unknown = bytes;
    unknown.replace("\"cia\"", "\"pasta\"");
    QVERIFY(!TmodelReader::read(unknown, &error));
    QCOMPARE(error.path, QStringLiteral("model.frameworks"));
    QCOMPARE(error.message,
             QStringLiteral("unknown framework \"pasta\" (expected stride, linddun, cia)"));
    QByteArray twice = bytes;
    twice.replace("\"cia\"", "\"stride\"");
    QVERIFY(!TmodelReader::read(twice, &error));
    QCOMPARE(error.message, QStringLiteral("a framework is listed twice"));
}

QTEST_GUILESS_MAIN(TestTmodelWriter)
#include "tst_tmodelwriter.moc"
