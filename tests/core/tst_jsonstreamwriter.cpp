// The streaming JSON writer: the layout of a pretty-printed document, escaping by the JSON
// grammar (RFC 8259, section 7), and UTF-8 that never carries an invalid sequence through.
#include "format/JsonStreamWriter.h"

#include <nlohmann/json.hpp>

#include <QTest>

using namespace latch;

class TestJsonStreamWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layout();
    void emptyContainers();
    void escaping_data();
    void escaping();
    void invalidUtf8IsReplaced();
    void numbers();
    void sameAsNlohmannDump();
};

void TestJsonStreamWriter::layout()
{
    QByteArray out;
    JsonStreamWriter json(out);
    json.beginObject();
    json.member("name", QStringLiteral("Bank"));
    json.key("tags");
    json.beginArray();
    json.value(QStringLiteral("a"));
    json.value(true);
    json.null();
    json.endArray();
    json.key("box");
    json.beginObject();
    json.member("x", 3);
    json.endObject();
    json.endObject();
    QCOMPARE(out, QByteArray("{\n"
                             "  \"name\": \"Bank\",\n"
                             "  \"tags\": [\n"
                             "    \"a\",\n"
                             "    true,\n"
                             "    null\n"
                             "  ],\n"
                             "  \"box\": {\n"
                             "    \"x\": 3\n"
                             "  }\n"
                             "}"));

    QByteArray flat;
    JsonStreamWriter compact(flat, 0);
    compact.beginObject();
    compact.member("a", 1);
    compact.key("b");
    compact.beginArray();
    compact.value(2);
    compact.value(QStringLiteral("c"));
    compact.endArray();
    compact.endObject();
    QCOMPARE(flat, QByteArray(R"({"a":1,"b":[2,"c"]})"));
}

void TestJsonStreamWriter::emptyContainers()
{
    QByteArray out;
    JsonStreamWriter json(out);
    json.beginObject();
    json.key("list");
    json.beginArray();
    json.endArray();
    json.key("map");
    json.beginObject();
    json.endObject();
    json.endObject();
    QCOMPARE(out, QByteArray("{\n  \"list\": [],\n  \"map\": {}\n}"));
}

void TestJsonStreamWriter::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("literal");
    QTest::newRow("plain") << QStringLiteral("Payments API") << QByteArray(R"("Payments API")");
    QTest::newRow("quote and backslash")
        << QStringLiteral("say \"hi\" \\ bye") << QByteArray(R"("say \"hi\" \\ bye")");
    QTest::newRow("short escapes")
        << QStringLiteral("a\tb\nc\rd\be\ff") << QByteArray(R"("a\tb\nc\rd\be\ff")");
    QTest::newRow("other controls")
        << QString(QChar(0x01)) + QChar(0x1F) << QByteArray(R"("\u0001\u001f")");
    QTest::newRow("delete stays") << QString(QChar(0x7F)) << QByteArray("\"\x7F\"");
    QTest::newRow("slash stays") << QStringLiteral("a/b") << QByteArray(R"("a/b")");
    QTest::newRow("two-byte") << QStringLiteral("Größe")
                              << QByteArray("\"Gr\xC3\xB6\xC3\x9F"
                                            "e\"");
    QTest::newRow("three-byte") << QStringLiteral("€") << QByteArray("\"\xE2\x82\xAC\"");
    QTest::newRow("surrogate pair")
        << QString::fromUcs4(U"\U0001F512") << QByteArray("\"\xF0\x9F\x94\x92\"");
    QTest::newRow("lone surrogate")
        << QString(QChar(0xD800)) + QLatin1Char('x') << QByteArray("\"\xEF\xBF\xBDx\"");
    // Runs of eight or more units take a faster path: what stops it must still be escaped or
    // encoded, wherever in the run it stands.
    QTest::newRow("quote in a long run")
        << QStringLiteral("abcdefghi\"jklmnopq") << QByteArray(R"("abcdefghi\"jklmnopq")");
    QTest::newRow("control after eight")
        << QStringLiteral("abcdefgh\u0001ijklmnop") << QByteArray(R"("abcdefgh\u0001ijklmnop")");
    QTest::newRow("unit above 0x8000 in a run")
        << QStringLiteral("abcdefg\uFF01hijklmno") << QByteArray("\"abcdefg\xEF\xBC\x81hijklmno\"");
    QTest::newRow("delete in a run")
        << QStringLiteral("abcdefg\u007Fhijklmno") << QByteArray("\"abcdefg\x7Fhijklmno\"");
    // Long texts are encoded in pieces of 1024 units; a pair across the seam stays one.
    const QString lock = QString::fromUcs4(U"\U0001F512");
    QTest::newRow("pair across a piece's end")
        << QString(1023, QLatin1Char('a')) + lock + QString(2000, QLatin1Char('b'))
        << "\"" + QByteArray(1023, 'a') + "\xF0\x9F\x94\x92" + QByteArray(2000, 'b') + "\"";
    QTest::newRow("escapes across pieces")
        << QString(3000, QLatin1Char('\n'))
        << "\"" + QByteArray(3000, 'x').replace("x", "\\n") + "\"";
}

void TestJsonStreamWriter::escaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, literal);
    QByteArray fromQString;
    JsonStreamWriter::appendString(fromQString, text);
    QCOMPARE(fromQString, literal);
    QByteArray fromUtf8;
    const QByteArray bytes = text.toUtf8();
    if (!text.contains(QChar(0xD800))) { // Qt itself encodes a lone surrogate as "?"
        JsonStreamWriter::appendString(fromUtf8, std::string_view(bytes.constData(), bytes.size()));
        QCOMPARE(fromUtf8, literal);
    }
}

void TestJsonStreamWriter::invalidUtf8IsReplaced()
{
    // A stray Latin-1 byte, a truncated sequence, an overlong encoding and an encoded surrogate.
    const std::string_view cases[] = {"caf\xE9", "x\xE2\x82", "\xC0\xAF", "\xED\xA0\x80"};
    const QByteArray expected[] = {"\"caf\xEF\xBF\xBD\"", "\"x\xEF\xBF\xBD\xEF\xBF\xBD\"",
                                   "\"\xEF\xBF\xBD\xEF\xBF\xBD\"",
                                   "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""};
    for (int i = 0; i < 4; ++i) {
        QByteArray out;
        JsonStreamWriter::appendString(out, cases[i]);
        QCOMPARE(out, expected[i]);
        // Whatever came in, the result is valid JSON text.
        QVERIFY(nlohmann::json::accept(out.constData(), out.constData() + out.size()));
    }
}

void TestJsonStreamWriter::numbers()
{
    QByteArray out;
    JsonStreamWriter json(out, 0);
    json.beginArray();
    json.value(qint64(-9007199254740993));
    json.value(0.5);
    json.value(3.0);
    json.value(1e20);
    json.value(false);
    json.endArray();
    QCOMPARE(out, QByteArray("[-9007199254740993,0.5,3.0,1e+20,false]"));
}

// The layout is nlohmann's dump(2): an independent implementation to compare against, on a
// document with every kind of value and nesting.
void TestJsonStreamWriter::sameAsNlohmannDump()
{
    const nlohmann::json document = nlohmann::json::parse(R"({
        "format": "latch.rules", "count": 3, "ratio": 0.25, "big": 18446744073709551615,
        "empty": {}, "none": [], "nested": {"a": [1, [2, [3, {}]], {"b": null}], "c": "é\n"},
        "flags": [true, false], "text": "tab\there \"quoted\" \u0002"})");
    for (int indent : {2, 0, 4}) {
        QByteArray out;
        JsonStreamWriter(out, indent).value(document);
        QCOMPARE(out, QByteArray::fromStdString(document.dump(indent ? indent : -1)));
    }
}

QTEST_GUILESS_MAIN(TestJsonStreamWriter)
#include "tst_jsonstreamwriter.moc"
