// latch-cli report and export: each format written, the report's language, and the errors
// that write nothing (or leave an existing file as it was).
#include "CliRunner.h"
#include "CsvText.h"
#include "ExamplePaths.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using latch::test::example;
using latch::test::readAll;
using latch::test::writeAll;

namespace {

using Run = latch::test::CliRun;

Run cli(const QStringList& arguments)
{
    return latch::test::runCli(arguments);
}

} // namespace

class TestCliExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportAndExport();
    void exportErrorsWriteNothing();
    void trackerAndMarkdownExports();
};

void TestCliExports::reportAndExport()
{
    QTemporaryDir dir;
    const QString model = example("online-banking.tmodel");
    auto produced = [&](const QStringList& arguments, const QString& out) {
        const Run run = cli(arguments + QStringList{QStringLiteral("-o"), out});
        if (run.status != 0 || !run.err.isEmpty())
            qWarning() << run.status << run.err;
        return run.status == 0 && run.err.isEmpty() ? readAll(out) : QByteArray();
    };
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    QVERIFY(produced({QStringLiteral("report"), model, QStringLiteral("--page-size"),
                      QStringLiteral("letter")},
                     pdf)
                .startsWith("%PDF-"));
    const QByteArray html =
        produced({QStringLiteral("report"), model}, dir.filePath(QStringLiteral("r.html")));
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("Online Banking API"));
    QVERIFY(html.contains("<html lang=\"en\"") && html.contains(">Threat register</h2>"));
    // --language: the report in German; an unknown language is a usage error, nothing written.
    const QByteArray german = produced(
        {QStringLiteral("report"), model, QStringLiteral("--language"), QStringLiteral("de")},
        dir.filePath(QStringLiteral("de.html")));
    QVERIFY(german.contains("<html lang=\"de\""));
    QVERIFY(german.contains(">Bedrohungsregister</h2>"));
    QVERIFY(german.contains("Spoofing von Customer"));
    const Run unknown =
        cli({QStringLiteral("report"), model, QStringLiteral("--language"), QStringLiteral("xx"),
             QStringLiteral("-o"), dir.filePath(QStringLiteral("xx.html"))});
    QCOMPARE(unknown.status, 2);
    QVERIFY(unknown.err.startsWith(
        "latch-cli report: unknown language \"xx\" (expected en, de, fr)\n"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("xx.html"))));
    const QByteArray csv =
        produced({QStringLiteral("export"), model, QStringLiteral("--open-only")},
                 dir.filePath(QStringLiteral("r.csv")));
    QVERIFY(csv.startsWith("id,element_number,element,element_id,diagram,category,title,"));
    QVERIFY(!csv.contains(",mitigated,"));
    const QByteArray svg = produced({QStringLiteral("export"), model, QStringLiteral("--diagram"),
                                     QStringLiteral("Retail banking — API context")},
                                    dir.filePath(QStringLiteral("d.svg")));
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("API gateway"));
    const QByteArray png = produced(
        {QStringLiteral("export"), model, QStringLiteral("--scale"), QStringLiteral("0.5")},
        dir.filePath(QStringLiteral("d.png")));
    QVERIFY(png.startsWith("\x89PNG"));
}

void TestCliExports::exportErrorsWriteNothing()
{
    QTemporaryDir dir;
    const QString model = example("online-banking.tmodel");
    const QString out = dir.filePath(QStringLiteral("out.svg"));
    // Usage errors: exit 2, one line, nothing written.
    const QList<QStringList> usage = {
        {QStringLiteral("report"), model},
        {QStringLiteral("report"), model, QStringLiteral("-o"),
         dir.filePath(QStringLiteral("r.txt"))},
        {QStringLiteral("report"), model, QStringLiteral("-o"),
         dir.filePath(QStringLiteral("r.csv"))},
        {QStringLiteral("export"), model, QStringLiteral("-o"),
         dir.filePath(QStringLiteral("r.pdf"))},
        {QStringLiteral("report"), model, QStringLiteral("--page-size"), QStringLiteral("a3"),
         QStringLiteral("-o"), dir.filePath(QStringLiteral("r.pdf"))},
        {QStringLiteral("export"), model, QStringLiteral("--scale"), QStringLiteral("zero"),
         QStringLiteral("-o"), dir.filePath(QStringLiteral("d.png"))},
        {QStringLiteral("export"), model, QStringLiteral("-o")},
        {QStringLiteral("export"), model, QStringLiteral("--format"), QStringLiteral("jira"),
         QStringLiteral("-o"), dir.filePath(QStringLiteral("r.md"))},
        {QStringLiteral("export"), model, QStringLiteral("--format"), QStringLiteral("trello"),
         QStringLiteral("-o"), dir.filePath(QStringLiteral("r.csv"))},
        {QStringLiteral("report"), model, QStringLiteral("--format"), QStringLiteral("gitlab"),
         QStringLiteral("-o"), dir.filePath(QStringLiteral("r.csv"))},
    };
    for (const QStringList& arguments : usage) {
        const Run run = cli(arguments);
        QVERIFY2(run.status == 2, qPrintable(arguments.join(QLatin1Char(' '))));
        QVERIFY(run.err.startsWith("latch-cli "));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());

    // A diagram that does not exist: exit 1, and an existing file is left as it was.
    QVERIFY(writeAll(out, "old"));
    Run run = cli({QStringLiteral("export"), model, QStringLiteral("--diagram"),
                   QStringLiteral("Nope"), QStringLiteral("-o"), out});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.contains("no diagram named \"Nope\""));
    QCOMPARE(readAll(out), QByteArray("old"));
    // An unreadable model: exit 2, no output.
    run = cli({QStringLiteral("report"), dir.filePath(QStringLiteral("missing.tmodel")),
               QStringLiteral("-o"), dir.filePath(QStringLiteral("r.pdf"))});
    QCOMPARE(run.status, 2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.pdf"))));
}

void TestCliExports::trackerAndMarkdownExports()
{
    QTemporaryDir dir;
    const QString model = example("online-banking.tmodel");
    // What is left to do, as the register counts it: open or in progress, live, not a repeat.
    const Run threats = cli({QStringLiteral("threats"), model, QStringLiteral("--json")});
    QCOMPARE(threats.status, 0);
    int toDo = 0;
    for (const QJsonValue& value :
         QJsonDocument::fromJson(threats.out).object().value(QLatin1String("threats")).toArray()) {
        const QJsonObject t = value.toObject();
        const QString status = t.value(QLatin1String("status")).toString();
        toDo += (status == QLatin1String("open") || status == QLatin1String("in_progress")) &&
                !t.value(QLatin1String("obsolete")).toBool() &&
                t.value(QLatin1String("repeats")).isNull();
    }
    QVERIFY(toDo > 100);
    for (const char* tracker : {"jira", "gitlab"}) {
        const QString out = dir.filePath(QLatin1String(tracker) + QLatin1String(".csv"));
        const Run run = cli({QStringLiteral("export"), model, QStringLiteral("--format"),
                             QLatin1String(tracker), QStringLiteral("-o"), out});
        QCOMPARE(run.status, 0);
        QVERIFY(run.err.isEmpty());
        const QVector<QStringList> rows = latch::test::parseCsv(QString::fromUtf8(readAll(out)));
        QCOMPARE(rows.size(), 1 + toDo);
        QCOMPARE(rows.first().first(),
                 QLatin1String(qstrcmp(tracker, "jira") == 0 ? "Summary" : "title"));
        // The register's first entry: the critical BOLA threat on the accounts endpoint.
        QVERIFY(rows.at(1).first().startsWith(QLatin1String("BOLA: reading another customer")));
    }
    const QString markdown = dir.filePath(QStringLiteral("register.md"));
    const Run run = cli({QStringLiteral("export"), model, QStringLiteral("-o"), markdown});
    QCOMPARE(run.status, 0);
    QVERIFY(readAll(markdown).startsWith("# Threat register: Online Banking API\n"));
}

QTEST_GUILESS_MAIN(TestCliExports)
#include "tst_cliexports.moc"
