// --framework on threats, rules and lint: the frameworks a run uses instead of the model's
// choice, saved with --write, and an unknown name refused as a usage error.
#include "CliRunner.h"
#include "ExamplePaths.h"
#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using latch::test::example;
using latch::test::readAll;
using latch::test::writeAll;
using Run = latch::test::CliRun;

namespace {

Run cli(const QStringList& arguments)
{
    return latch::test::runCli(arguments);
}

// Live threats of `threats --json` per rule id prefix ("LATCH", "LINDDUN", "CIA").
QHash<QString, int> livePerFramework(const QByteArray& json)
{
    QHash<QString, int> counts;
    const QJsonArray threats =
        QJsonDocument::fromJson(json).object().value(QLatin1String("threats")).toArray();
    for (const QJsonValue& value : threats) {
        const QJsonObject t = value.toObject();
        if (t.value(QLatin1String("obsolete")).toBool() || t.value(QLatin1String("rule")).isNull())
            continue;
        ++counts[t.value(QLatin1String("rule")).toString().section(QLatin1Char('-'), 0, 0)];
    }
    return counts;
}

} // namespace

class TestCliFrameworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threatsFollowTheChoice();
    void rulesListsTheChosenFrameworks();
    void lintNamesPropertiesNoRuleReads();
    void unknownFrameworkIsAUsageError();
};

void TestCliFrameworks::threatsFollowTheChoice()
{
    QTemporaryDir dir;
    const QString model = dir.filePath(QStringLiteral("bank.tmodel"));
    QVERIFY(writeAll(model, readAll(example("online-banking.tmodel"))));
    // The bank uses STRIDE alone: no privacy or CIA threat.
    Run run = cli({QStringLiteral("threats"), model, QStringLiteral("--json")});
    QCOMPARE(run.status, 0);
    QHash<QString, int> counts = livePerFramework(run.out);
    QVERIFY(counts.value(QStringLiteral("LATCH")) > 100);
    QCOMPARE(counts.value(QStringLiteral("LINDDUN")), 0);
    QCOMPARE(counts.value(QStringLiteral("CIA")), 0);
    // Its stores hold personal data (holdsPii): LINDDUN finds threats there. Repeated or
    // comma-separated, in any order.
    run = cli({QStringLiteral("threats"), model, QStringLiteral("--json"),
               QStringLiteral("--framework"), QStringLiteral("linddun"),
               QStringLiteral("--framework"), QStringLiteral("CIA,stride")});
    QCOMPARE(run.status, 0);
    counts = livePerFramework(run.out);
    QVERIFY(counts.value(QStringLiteral("LINDDUN")) > 0);
    QVERIFY(counts.value(QStringLiteral("CIA")) > 0);
    QVERIFY(counts.value(QStringLiteral("LATCH")) > 100);
    // info says which the model uses.
    QVERIFY(cli({QStringLiteral("info"), model}).out.contains("frameworks   STRIDE\n"));
    // Nothing written without --write; with it, the choice is saved with the register.
    QVERIFY(!readAll(model).contains("\"frameworks\""));
    run = cli({QStringLiteral("threats"), model, QStringLiteral("--framework"),
               QStringLiteral("linddun"), QStringLiteral("--write")});
    QCOMPARE(run.status, 0);
    QVERIFY(run.err.contains("written"));
    QVERIFY(readAll(model).contains("\"frameworks\": [\n      \"linddun\"\n    ]"));
    run = cli({QStringLiteral("threats"), model, QStringLiteral("--json")});
    counts = livePerFramework(run.out);
    QCOMPARE(counts.value(QStringLiteral("LATCH")), 0); // STRIDE's threats are obsolete now
    QVERIFY(counts.value(QStringLiteral("LINDDUN")) > 0);
    const QJsonObject info =
        QJsonDocument::fromJson(cli({QStringLiteral("info"), model, QStringLiteral("--json")}).out)
            .object();
    QCOMPARE(info.value(QLatin1String("frameworks")).toArray(),
             QJsonArray{QStringLiteral("linddun")});
}

void TestCliFrameworks::rulesListsTheChosenFrameworks()
{
    const Run run = cli({QStringLiteral("rules"), QStringLiteral("--json"),
                         QStringLiteral("--framework"), QStringLiteral("cia")});
    QCOMPARE(run.status, 0);
    const QJsonArray rules =
        QJsonDocument::fromJson(run.out).object().value(QLatin1String("rules")).toArray();
    QVERIFY(!rules.isEmpty());
    for (const QJsonValue& rule : rules) {
        QCOMPARE(rule.toObject().value(QLatin1String("framework")).toString(),
                 QStringLiteral("cia"));
        QVERIFY(rule.toObject()
                    .value(QLatin1String("id"))
                    .toString()
                    .startsWith(QLatin1String("CIA-")));
    }
    // Without --framework, all three.
    const Run all = cli({QStringLiteral("rules")});
    QVERIFY(all.out.contains("LATCH-STRIDE-PROCESS-S"));
    QVERIFY(all.out.contains("LINDDUN-L-PROFILING"));
    QVERIFY(all.out.contains("CIA-A-NO-BACKUP"));
}

void TestCliFrameworks::lintNamesPropertiesNoRuleReads()
{
    // The fitness platform sets personal-data properties and uses LINDDUN: lint is quiet.
    const QString fitness = example("fitness-platform.tmodel");
    QCOMPARE(cli({QStringLiteral("lint"), fitness}).status, 0);
    // Told to use STRIDE alone, it says which properties no rule reads then.
    const Run run = cli(
        {QStringLiteral("lint"), fitness, QStringLiteral("--framework"), QStringLiteral("stride")});
    QCOMPARE(run.status, 1);
    QVERIFY(run.out.contains(
        "\"Ride telemetry\": property \"personalData\" is read by LINDDUN, which the model does "
        "not use"));
}

void TestCliFrameworks::unknownFrameworkIsAUsageError()
{
    for (const char* command : {"threats", "lint"}) {
        const Run run = cli({QLatin1String(command), example("online-banking.tmodel"),
                             QStringLiteral("--framework"), QStringLiteral("pasta")});
        QCOMPARE(run.status, 2);
        const QByteArray expected = QByteArray("latch-cli ") + command +
                                    ": unknown framework \"pasta\" (expected stride, linddun, cia)";
        QVERIFY2(run.err.startsWith(expected), run.err.constData());
    }
    const Run rules = cli({QStringLiteral("rules"), QStringLiteral("--framework"), QString()});
    QCOMPARE(rules.status, 2);
}

QTEST_GUILESS_MAIN(TestCliFrameworks)
#include "tst_cliframeworks.moc"
