#include "TestLibrary.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"

#include <QFile>
#include <QTest>

using namespace latch;

namespace {

QByteArray testLibraryText()
{
    QFile file(QStringLiteral(LATCH_SOURCE_DIR "/tests/data/test-rules.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray patched(const char* from, const char* to)
{
    QByteArray text = testLibraryText();
    const qsizetype at = text.indexOf(from);
    Q_ASSERT(at >= 0);
    return text.replace(at, qsizetype(qstrlen(from)), to);
}

} // namespace

class TestRuleLibraryLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEverything();
    void rejects_data();
    void rejects();
    void failureLeavesLibraryUnchanged();
    void laterLibraryReplacesRulesById();
};

void TestRuleLibraryLoader::loadsEverything()
{
    const RuleLibrary library = latch::test::testLibrary();
    QCOMPARE(library.rules().size(), 5);
    QCOMPARE(library.mitigations().size(), 2);
    QVERIFY(library.findCategory(QStringLiteral("abuse")));
    QVERIFY(library.findCategory(QStringLiteral("spoofing"))); // STRIDE is always there
    QCOMPARE(library.rulesFor(ElementKind::Flow).size(), 2);
    QCOMPARE(library.rulesFor(ElementKind::Process).size(), 1);
    const Rule* dos = library.findRule(QStringLiteral("T-DOS-API"));
    QVERIFY(dos && dos->dread);
    QCOMPARE(dos->dread->reproducibility, 9);
    QCOMPARE(dos->references,
             (QStringList{QStringLiteral("API4:2023"), QStringLiteral("CWE-770")}));
    QCOMPARE(dos->library, QStringLiteral("test.small"));

    const TypeRegistry& types = library.types();
    QVERIFY(types.isA(QStringLiteral("store.log"), QStringLiteral("store")));
    QVERIFY(!types.isA(QStringLiteral("store"), QStringLiteral("store.log")));
    // A subtype inherits its parent's schema, adds its own and overrides defaults.
    const auto schema = types.propertiesOf(QStringLiteral("store.log"));
    QCOMPARE(schema.size(), 2);
    QCOMPARE(schema.at(0).name, QStringLiteral("holdsPii"));
    QCOMPARE(schema.at(0).defaultValue, QVariant(true));
    QCOMPARE(schema.at(1).name, QStringLiteral("appendOnly"));
    QCOMPARE(types.propertiesOf(QStringLiteral("store")).at(0).defaultValue, QVariant(false));
}

void TestRuleLibraryLoader::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax") << QByteArray("{\n  \"format\": ") << "lib.json:2:";
    QTest::newRow("not a library")
        << patched("latch.rules", "latch.tmodel") << "lib.json: format: not a Latch rule library";
    QTest::newRow("bad condition column")
        << patched("element.exposesApi and not element.rateLimited",
                   "element.exposesApi and nt element.rateLimited")
        << "lib.json: rules[1] (T-DOS-API): condition, column 24: unknown object \"nt\"";
    QTest::newRow("unknown property")
        << patched("not element.rateLimited", "not element.rateLimted")
        << "lib.json: rules[1] (T-DOS-API): condition, column 28: unknown property "
           "\"rateLimted\"";
    QTest::newRow("property of another kind")
        << patched("not element.rateLimited", "not element.holdsPii")
        << "unknown property \"holdsPii\"";
    QTest::newRow("unknown type") << patched("element is 'store.log'", "element is 'store.lg'")
                                  << "rules[2] (T-LOG-PII): condition, column 12: unknown type "
                                     "\"store.lg\"";
    QTest::newRow("source in an element rule")
        << patched("element.exposesApi and", "source.trustLevel and")
        << "only flow and interaction rules have a flow, a source and a target";
    QTest::newRow("unknown category")
        << patched("\"category\": \"abuse\", \"target\"", "\"category\": \"abuses\", \"target\"")
        << "rules[4] (T-INTERNET): category: unknown category";
    QTest::newRow("unknown target") << patched("\"target\": \"entity\"", "\"target\": \"actor\"")
                                    << "rules[0] (T-SPOOF-ENTITY): target: \"actor\" is not";
    QTest::newRow("unknown mitigation") << patched("[\"MIT-RATE\"]", "[\"MIT-RATES\"]")
                                        << "mitigations: no mitigation \"MIT-RATES\"";
    QTest::newRow("bad template") << patched("{element.name} can be flooded", "{element.name can")
                                  << "rules[1] (T-DOS-API): title, column 1: unterminated";
    QTest::newRow("dread out of range") << patched("\"damage\": 5", "\"damage\": 0")
                                        << "rules[1] (T-DOS-API).dread.damage: 0 is out of range";
    QTest::newRow("duplicate rule")
        << patched("T-LOG-PII", "T-DOS-API") << "rule \"T-DOS-API\" is defined twice";
    QTest::newRow("unknown parent type") << patched("\"parent\": \"store\"", "\"parent\": \"stor\"")
                                         << "types[0]: type \"store.log\": unknown parent";
    QTest::newRow("stands for another kind")
        << patched("\"parent\": \"store\"", "\"parent\": \"store\", \"standsFor\": \"process\"")
        << "types[0].standsFor: \"process\" is not store";
    QTest::newRow("enum default not a value")
        << patched("\"default\": \"untrusted\"", "\"default\": \"unknown\"")
        << "properties.entity[0].default: \"unknown\" is not one of the values";
    QTest::newRow("unknown key") << patched("\"condition\": \"flow.crossesBoundary",
                                            "\"when\": \"flow.crossesBoundary")
                                 << "rules[3] (T-PLAINTEXT): unknown key \"when\"";
}

void TestRuleLibraryLoader::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    RuleLibrary library;
    QString error;
    QVERIFY(!RuleLibraryLoader::load(text, QStringLiteral("lib.json"), library, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.startsWith(QLatin1String("lib.json")));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestRuleLibraryLoader::failureLeavesLibraryUnchanged()
{
    RuleLibrary library = latch::test::testLibrary();
    const qsizetype rules = library.rules().size();
    QString error;
    QVERIFY(!RuleLibraryLoader::load(patched("T-LOG-PII", "T-DOS-API"), QStringLiteral("x"),
                                     library, &error));
    QCOMPARE(library.rules().size(), rules);
    QVERIFY(
        !RuleLibraryLoader::loadFile(QStringLiteral("/nonexistent/rules.json"), library, &error));
    QVERIFY(error.contains(QLatin1String("cannot open")));
}

void TestRuleLibraryLoader::laterLibraryReplacesRulesById()
{
    RuleLibrary library = latch::test::testLibrary();
    const QByteArray user = R"({"format": "latch.rules", "version": 1, "id": "user",
        "types": [{"id": "store.audit", "parent": "store.log", "name": "Audit trail"}],
        "rules": [{"id": "T-LOG-PII", "category": "repudiation", "target": "store",
                   "condition": "element is 'store.audit'", "title": "Replaced"}]})";
    QString error;
    QVERIFY2(RuleLibraryLoader::load(user, QStringLiteral("user.json"), library, &error),
             qPrintable(error));
    QCOMPARE(library.rules().size(), 5);
    QCOMPARE(library.findRule(QStringLiteral("T-LOG-PII"))->category,
             QStringLiteral("repudiation"));
    // A user type can extend a built-in one.
    QVERIFY(library.types().isA(QStringLiteral("store.audit"), QStringLiteral("store.log")));
    QCOMPARE(library.sources().size(), 2);
}

QTEST_GUILESS_MAIN(TestRuleLibraryLoader)
#include "tst_rulelibraryloader.moc"
