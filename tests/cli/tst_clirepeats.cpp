// Repeats on the command line (README, "Repeats"): `threats --json` lists every threat and
// says which one each repeat is listed under; the table lists each weakness once, the threat
// standing for a chain naming its path, and `--include-repeats` lists the repeats marked.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace latch::test;

namespace {

QString banking()
{
    return QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/online-banking.tmodel");
}

int lines(const QByteArray& text)
{
    return int(text.count('\n'));
}

} // namespace

class TestCliRepeats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonNamesTheThreatShown();
    void tableListsEachWeaknessOnce();
};

void TestCliRepeats::jsonNamesTheThreatShown()
{
    const CliRun run = runCli({QStringLiteral("threats"), banking(), QStringLiteral("--json")});
    QCOMPARE(run.status, 0);
    const QJsonArray threats =
        QJsonDocument::fromJson(run.out).object().value(QLatin1String("threats")).toArray();
    QCOMPARE(threats.size(), 154);
    int repeats = 0;
    for (const QJsonValue& value : threats) {
        const QJsonObject t = value.toObject();
        QVERIFY(t.contains(QLatin1String("repeats")));
        const QJsonValue shown = t.value(QLatin1String("repeats"));
        if (!shown.isNull()) {
            ++repeats;
            QVERIFY(shown.toString().startsWith(QLatin1String("t-")));
        }
        if (t.value(QLatin1String("id")) == QLatin1String("t-d515eae2f545")) {
            // The team's BOLA threat stands for the SPA-to-gateway and gateway-to-service hops.
            const QJsonArray hops = t.value(QLatin1String("hops")).toArray();
            QCOMPARE(hops.size(), 2);
            QCOMPARE(hops.at(0).toString(), QStringLiteral("e-01f6f4a63f30"));
            QCOMPARE(hops.at(1).toString(), QStringLiteral("e-6a068e25567f"));
        }
    }
    QCOMPARE(repeats, 6);
}

void TestCliRepeats::tableListsEachWeaknessOnce()
{
    const CliRun shown = runCli({QStringLiteral("threats"), banking()});
    QCOMPARE(shown.status, 0);
    QCOMPARE(lines(shown.out), 148);
    QVERIFY(shown.out.contains(
        "on the path Single-page web app (SPA) \xe2\x86\x92 API gateway \xe2\x86\x92 Account "
        "service (+2 repeated)"));
    QVERIFY(!shown.out.contains("(repeats "));

    const CliRun all =
        runCli({QStringLiteral("threats"), banking(), QStringLiteral("--include-repeats")});
    QCOMPARE(all.status, 0);
    QCOMPARE(lines(all.out), 154);
    QCOMPARE(int(all.out.count("(repeats t-")), 6);
}

QTEST_GUILESS_MAIN(TestCliRepeats)
#include "tst_clirepeats.moc"
