// `latch-cli diff` and `git-setup` as a reviewer and CI use them (README, "Reviewing a model
// change"): exit 0 equal, 1 different, 2 unreadable; versions from files, from git revisions
// (REV:path) and from standard input; `git diff` showing the semantic diff once the repository
// is set up, and plain text again after `git-setup --remove`. Real repositories, made here.
#include "CliRunner.h"
#include "TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace latch::test;

namespace {

QString banking()
{
    return QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/online-banking.tmodel");
}

// The banking example with the API gateway 40 units to the right (layout only) and the
// account service now checking object ownership (meaning), as canonical text edits.
QByteArray edited(bool withMeaning)
{
    QByteArray bytes = readAll(banking());
    // The gateway's "x" follows its name in the canonical layout.
    const qsizetype name = bytes.indexOf("\"name\": \"API gateway\"");
    const qsizetype x = bytes.indexOf("\"x\": ", name);
    const qsizetype end = bytes.indexOf(',', x);
    const int value = bytes.mid(x + 5, end - x - 5).toInt();
    const QByteArray moved = "\"x\": " + QByteArray::number(value + 40);
    bytes.replace(x, end - x, moved);
    if (withMeaning)
        bytes.replace("\"name\": \"Account service\"", "\"name\": \"Accounts service\"");
    return bytes;
}

QString git(const QString& dir, const QStringList& arguments, int* status = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), arguments);
    process.waitForFinished(60'000);
    if (status)
        *status = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitStatusesAndFormats();
    void layoutOnlyIsEmptyWithIgnoreLayout();
    void revisionsStdinAndGitDriver();
};

void TestCliDiff::exitStatusesAndFormats()
{
    QTemporaryDir dir;
    const QString after = dir.filePath(QStringLiteral("after.tmodel"));
    QVERIFY(writeAll(after, edited(true)));

    const CliRun same = runCli({QStringLiteral("diff"), banking(), banking()});
    QCOMPARE(same.status, 0);
    QVERIFY(same.out.endsWith(": no changes\n"));

    const CliRun text = runCli({QStringLiteral("diff"), banking(), after});
    QCOMPARE(text.status, 1);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("  - process “Accounts service”: renamed: Account "
                                         "service → Accounts service")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("  - process “API gateway”: moved: (965, 405) → "
                                        "(1005, 405)")));
    QVERIFY(out.indexOf(QStringLiteral("\nModel\n")) < out.indexOf(QStringLiteral("\nLayout\n")));

    const CliRun markdown = runCli({QStringLiteral("diff"), banking(), after,
                                    QStringLiteral("--format"), QStringLiteral("markdown")});
    QCOMPARE(markdown.status, 1);
    QVERIFY(markdown.out.contains("#### Layout\n"));
    QVERIFY(markdown.out.contains("- process **API gateway**: moved"));

    const CliRun json =
        runCli({QStringLiteral("diff"), banking(), after, QStringLiteral("--json")});
    QCOMPARE(json.status, 1);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.value(QLatin1String("equal")).toBool(true), false);
    const QJsonArray changes = root.value(QLatin1String("changes")).toArray();
    QCOMPARE(changes.size(), 2);
    for (const QJsonValue& value : changes) {
        const QJsonObject c = value.toObject();
        for (const char* key :
             {"rank", "subject", "id", "name", "change", "field", "before", "after"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
    }
    QCOMPARE(changes.at(1).toObject().value(QLatin1String("rank")).toString(),
             QStringLiteral("layout"));

    const CliRun missing =
        runCli({QStringLiteral("diff"), banking(), dir.filePath(QStringLiteral("nope.tmodel"))});
    QCOMPARE(missing.status, 2);
    QCOMPARE(missing.err.count('\n'), 1);
    const CliRun usage = runCli({QStringLiteral("diff"), banking()});
    QCOMPARE(usage.status, 2);
}

void TestCliDiff::layoutOnlyIsEmptyWithIgnoreLayout()
{
    QTemporaryDir dir;
    const QString moved = dir.filePath(QStringLiteral("moved.tmodel"));
    QVERIFY(writeAll(moved, edited(false)));
    QCOMPARE(runCli({QStringLiteral("diff"), banking(), moved}).status, 1);
    const CliRun ignored =
        runCli({QStringLiteral("diff"), banking(), moved, QStringLiteral("--ignore-layout")});
    QCOMPARE(ignored.status, 0);
    QVERIFY(ignored.out.endsWith(": no changes\n"));
}

void TestCliDiff::revisionsStdinAndGitDriver()
{
    QTemporaryDir repo;
    const QString root = repo.path();
    int status = 0;
    git(root, {QStringLiteral("init"), QStringLiteral("-q")}, &status);
    QCOMPARE(status, 0);
    git(root, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("t@e.st")});
    git(root, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Tester")});
    const QString model = repo.filePath(QStringLiteral("bank.tmodel"));
    QVERIFY(writeAll(model, readAll(banking())));
    git(root, {QStringLiteral("add"), QStringLiteral(".")});
    git(root, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("base")}, &status);
    QCOMPARE(status, 0);
    QVERIFY(writeAll(model, edited(true)));

    // Before set-up, git shows numbers.
    QVERIFY(git(root, {QStringLiteral("diff")}).contains(QStringLiteral("-          \"x\": 965,")));

    QProcess cli;
    cli.setWorkingDirectory(root);
    cli.start(QStringLiteral(LATCH_CLI_PATH), {QStringLiteral("git-setup")});
    QVERIFY(cli.waitForFinished(30'000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(readAll(repo.filePath(QStringLiteral(".gitattributes")))
                .contains("*.tmodel diff=latch merge=latch\n"));
    const QString semantic = git(root, {QStringLiteral("diff")}, &status);
    QCOMPARE(status, 0);
    QVERIFY2(semantic.contains(QStringLiteral("a/bank.tmodel → b/bank.tmodel: 2 change(s)")),
             qPrintable(semantic));
    QVERIFY(semantic.contains(QStringLiteral("renamed: Account service → Accounts service")));

    // REV:path against the work tree, and the index's version through standard input.
    cli.start(QStringLiteral(LATCH_CLI_PATH),
              {QStringLiteral("diff"), QStringLiteral("HEAD:bank.tmodel"), model,
               QStringLiteral("--ignore-layout")});
    QVERIFY(cli.waitForFinished(30'000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(cli.readAllStandardOutput().contains("1 change(s): 0 security, 1 model, 0 layout"));
    cli.start(QStringLiteral(LATCH_CLI_PATH),
              {QStringLiteral("diff"), QStringLiteral("-"), QStringLiteral("HEAD:bank.tmodel")});
    QVERIFY(cli.waitForStarted());
    cli.write(readAll(banking()));
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(30'000));
    QCOMPARE(cli.exitCode(), 0);
    cli.start(QStringLiteral(LATCH_CLI_PATH),
              {QStringLiteral("diff"), QStringLiteral("HEAD:missing.tmodel"), model});
    QVERIFY(cli.waitForFinished(30'000));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(cli.readAllStandardError().startsWith("HEAD:missing.tmodel: "));

    // Undone: numbers again, and the attributes file gone with its only line.
    cli.start(QStringLiteral(LATCH_CLI_PATH),
              {QStringLiteral("git-setup"), QStringLiteral("--remove")});
    QVERIFY(cli.waitForFinished(30'000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(!QFile::exists(repo.filePath(QStringLiteral(".gitattributes"))));
    git(root, {QStringLiteral("config"), QStringLiteral("diff.latch.command")}, &status);
    QCOMPARE(status, 1); // not set
    QVERIFY(git(root, {QStringLiteral("diff")}).contains(QStringLiteral("-          \"x\": 965,")));
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_clidiff.moc"
