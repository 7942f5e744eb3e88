#include "model/IdGenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace latch;

class TestIdGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatByKind();
    void noCollisionsInManyIds();
    void acceptable_data();
    void acceptable();
};

void TestIdGenerator::formatByKind()
{
    const QRegularExpression shape(QStringLiteral("^[detma]-[0-9a-f]{12}$"));
    QVERIFY(IdGenerator::newId(IdKind::Element).startsWith(QLatin1String("e-")));
    QVERIFY(IdGenerator::newId(IdKind::Diagram).startsWith(QLatin1String("d-")));
    QVERIFY(IdGenerator::newId(IdKind::Threat).startsWith(QLatin1String("t-")));
    QVERIFY(IdGenerator::newId(IdKind::Mitigation).startsWith(QLatin1String("m-")));
    QVERIFY(IdGenerator::newId(IdKind::Asset).startsWith(QLatin1String("a-")));
    for (int i = 0; i < 1000; ++i) {
        const QString id = IdGenerator::newId(IdKind::Element);
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        QVERIFY(IdGenerator::isAcceptable(id));
    }
}

void TestIdGenerator::noCollisionsInManyIds()
{
    // Two branches adding elements independently must not clash: ids are random, not counters.
    QSet<QString> seen;
    constexpr int count = 200'000;
    for (int i = 0; i < count; ++i)
        seen.insert(IdGenerator::newId(IdKind::Element));
    QCOMPARE(seen.size(), count);
}

void TestIdGenerator::acceptable_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("expected");
    QTest::newRow("latch") << QStringLiteral("e-0123456789ab") << true;
    QTest::newRow("uuid") << QStringLiteral("bd52b788-ae39-4575-be16-b5c2d1e0f3a4") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("control") << QStringLiteral("a\x01z") << false;
    QTest::newRow("128 chars") << QString(128, QLatin1Char('x')) << true;
    QTest::newRow("129 chars") << QString(129, QLatin1Char('x')) << false;
}

void TestIdGenerator::acceptable()
{
    QFETCH(QString, id);
    QFETCH(bool, expected);
    QCOMPARE(IdGenerator::isAcceptable(id), expected);
}

QTEST_GUILESS_MAIN(TestIdGenerator)
#include "tst_idgenerator.moc"
