// Drives the real latch-cli executable: exit statuses, stderr lines and machine-readable output
// are the contract that scripts and CI jobs rely on (DESIGN.md, "The command line").
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = latch::test::CliRun;

Run cli(const QStringList& arguments)
{
    return latch::test::runCli(arguments);
}

QString example(const char* name)
{
    return QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray minimalModel(const char* extra = "")
{
    return QByteArray(R"({"format": "latch.tmodel", "version": 2, )") + extra +
           R"("diagrams": [{"id": "d-1", "name": "Main", "elements": [
              {"id": "e-1", "kind": "process", "name": "API", "x": 10, "y": 20, "width": 100,
               "height": 100}]}]})";
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors();
    void sameWordingForTheSameMistake();
    void validateExamples();
    void validateReportsEachBadFile();
    void infoJsonHasContractKeys();
    void infoTextAndErrors();
    void fmtCheckAndRewrite();
    void fmtNeverWritesInvalidFile();
    void threatsJsonContract();
    void threatsWriteIsIdempotent();
    void embeddedLibraryRules();
    void rulesListing();
    void generateSyntheticModel();
    void lintExitStatus();
    void importAndOtmExport();
    void tmtTemplates();
};

void TestCli::usageErrors()
{
    QCOMPARE(cli({}).status, 2);
    const Run unknown = cli({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.status, 2);
    QVERIFY(unknown.err.contains("unknown command \"frobnicate\""));
    QCOMPARE(cli({QStringLiteral("validate")}).status, 2);
    QCOMPARE(
        cli({QStringLiteral("info"), QStringLiteral("--yaml"), example("online-banking.tmodel")})
            .status,
        2);
    const Run help = cli({QStringLiteral("help")});
    QCOMPARE(help.status, 0);
    for (const char* command : {"validate", "info", "fmt"})
        QVERIFY(help.out.contains(command));
}

// One preamble for every command: the same mistake reads the same everywhere, with the
// command's name and its usage line, and exit status 2.
void TestCli::sameWordingForTheSameMistake()
{
    const QString model = example("online-banking.tmodel");
    for (const char* name : {"validate", "info", "fmt", "threats", "lint", "report", "export",
                             "import", "tmt-parity"}) {
        const QString command = QLatin1String(name);
        const Run none = cli({command});
        QCOMPARE(none.status, 2);
        QVERIFY2(
            none.err.startsWith(QByteArray("latch-cli " + command.toUtf8() + ": no file given\n")),
            none.err.constData());
        QVERIFY2(none.err.contains(QByteArray("\nusage: latch-cli " + command.toUtf8())),
                 none.err.constData());
        const Run unknown = cli({command, model, QStringLiteral("-x")});
        QCOMPARE(unknown.status, 2);
        QVERIFY2(unknown.err.startsWith(
                     QByteArray("latch-cli " + command.toUtf8() + ": unknown option -x\n")),
                 unknown.err.constData());
    }
    // Words take two dashes and letters one, as the usage lines spell them.
    for (const QString& wrong : {QStringLiteral("-json"), QStringLiteral("--o")}) {
        const Run run = cli({QStringLiteral("info"), model, wrong});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(QByteArray(": unknown option " + wrong.toUtf8() + "\n")),
                 run.err.constData());
    }
    const Run flagValue = cli({QStringLiteral("info"), model, QStringLiteral("--json=yes")});
    QCOMPARE(flagValue.status, 2);
    QVERIFY(flagValue.err.contains("option --json takes no value"));
    const Run missing = cli({QStringLiteral("report"), model, QStringLiteral("-o")});
    QCOMPARE(missing.status, 2);
    QVERIFY(missing.err.contains("report: option -o needs a value"));
    const Run extra = cli({QStringLiteral("threats"), model, model});
    QCOMPARE(extra.status, 2);
    QVERIFY(extra.err.contains(QByteArray("threats: unexpected argument " + model.toUtf8())));
    // "--" ends the options: what follows is a file even when it starts with a dash.
    const Run dashed =
        cli({QStringLiteral("validate"), QStringLiteral("--"), QStringLiteral("-x")});
    QCOMPARE(dashed.status, 2);
    QVERIFY2(dashed.err.contains("-x:"), dashed.err.constData());
    QVERIFY(!dashed.err.contains("unknown option"));
}

void TestCli::validateExamples()
{
    const Run run = cli({QStringLiteral("validate"), example("online-banking.tmodel"),
                         example("fitness-platform.tmodel")});
    QCOMPARE(run.status, 0);
    QVERIFY(run.err.isEmpty());
    QCOMPARE(run.out.count(": ok\n"), 2);
}

void TestCli::validateReportsEachBadFile()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.tmodel"));
    const QString dangling = dir.filePath(QStringLiteral("dangling.tmodel"));
    const QString truncated = dir.filePath(QStringLiteral("truncated.tmodel"));
    QVERIFY(writeAll(good, minimalModel()));
    QByteArray bad = minimalModel();
    bad.replace(
        R"("height": 100})",
        R"("height": 100}, {"id": "e-2", "kind": "flow", "source": "e-1", "target": "e-9"})");
    QVERIFY(writeAll(dangling, bad));
    QVERIFY(writeAll(truncated, minimalModel().left(80)));

    const Run run = cli({QStringLiteral("validate"), good, dangling, truncated});
    QCOMPARE(run.status, 1);
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), (dangling + QStringLiteral(": diagrams[0].elements[1].target: no "
                                                     "element with id \"e-9\""))
                              .toUtf8());
    QVERIFY(lines.at(1).startsWith((truncated + QStringLiteral(":1:")).toUtf8()));
    QVERIFY(run.out.contains((good + QStringLiteral(": ok")).toUtf8()));

    // A file that cannot be read at all is a status 2.
    const Run missing = cli({QStringLiteral("validate"), dir.filePath(QStringLiteral("nope"))});
    QCOMPARE(missing.status, 2);
    QVERIFY(missing.err.endsWith("nope: no such file\n"));
}

void TestCli::infoJsonHasContractKeys()
{
    const Run run =
        cli({QStringLiteral("info"), example("online-banking.tmodel"), QStringLiteral("--json")});
    QCOMPARE(run.status, 0);
    QJsonParseError parseError;
    const QJsonObject info = QJsonDocument::fromJson(run.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(info.value(QLatin1String("diagrams")).toInt(), 1);

    const QJsonObject elements = info.value(QLatin1String("elements")).toObject();
    QCOMPARE(elements.keys(), (QStringList{QStringLiteral("boundary"), QStringLiteral("entity"),
                                           QStringLiteral("flow"), QStringLiteral("note"),
                                           QStringLiteral("process"), QStringLiteral("store")}));
    int total = 0;
    for (const QString& kind : elements.keys())
        total += elements.value(kind).toInt();
    QVERIFY2(total >= 15 && total <= 40, qPrintable(QString::number(total)));
    QVERIFY(elements.value(QLatin1String("boundary")).toInt() >= 4);

    const QJsonObject threats = info.value(QLatin1String("threats")).toObject();
    const QStringList statusKeys{QStringLiteral("open"),           QStringLiteral("in_progress"),
                                 QStringLiteral("mitigated"),      QStringLiteral("accepted"),
                                 QStringLiteral("not_applicable"), QStringLiteral("transferred"),
                                 QStringLiteral("obsolete")};
    int parts = 0;
    for (const QString& key : statusKeys) {
        QVERIFY2(threats.contains(key), qPrintable(key));
        parts += threats.value(key).toInt();
    }
    QVERIFY(threats.value(QLatin1String("total")).toInt() > 0);
    QCOMPARE(parts, threats.value(QLatin1String("total")).toInt());
    QVERIFY(info.value(QLatin1String("mitigations")).toInt() > 0);

    // Key order is part of stable output: the documented order, not alphabetical.
    QVERIFY(run.out.indexOf("\"diagrams\"") < run.out.indexOf("\"elements\""));
    QVERIFY(run.out.indexOf("\"elements\"") < run.out.indexOf("\"threats\""));
    QVERIFY(run.out.indexOf("\"threats\"") < run.out.indexOf("\"mitigations\""));
}

void TestCli::infoTextAndErrors()
{
    const Run run = cli({QStringLiteral("info"), example("fitness-platform.tmodel")});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains("diagrams     2\n"));
    QVERIFY(run.out.contains("Fitness"));

    QTemporaryDir dir;
    const QString newer = dir.filePath(QStringLiteral("newer.tmodel"));
    QByteArray text = minimalModel();
    text.replace("\"version\": 2", "\"version\": 8");
    QVERIFY(writeAll(newer, text));
    const Run refused = cli({QStringLiteral("info"), newer});
    QCOMPARE(refused.status, 1);
    QCOMPARE(refused.err, (newer + QStringLiteral(": version: schema version 8 is newer than "
                                                  "this Latch reads (7); open it with a newer "
                                                  "Latch\n"))
                              .toUtf8());
    QVERIFY(refused.out.isEmpty());
}

void TestCli::fmtCheckAndRewrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("messy.tmodel"));
    QVERIFY(writeAll(path, minimalModel()));

    const Run check = cli({QStringLiteral("fmt"), QStringLiteral("--check"), path});
    QCOMPARE(check.status, 1);
    QVERIFY(check.err.contains("not in canonical form"));
    QCOMPARE(readAll(path), minimalModel()); // --check never writes

    const Run format = cli({QStringLiteral("fmt"), path});
    QCOMPARE(format.status, 0);
    const QByteArray canonical = readAll(path);
    QVERIFY(canonical != minimalModel());
    QVERIFY(canonical.endsWith("}\n"));
    QVERIFY(canonical.contains("\n  \"diagrams\": [\n"));

    QCOMPARE(cli({QStringLiteral("fmt"), QStringLiteral("--check"), path}).status, 0);
    // Formatting a canonical file changes nothing.
    QCOMPARE(cli({QStringLiteral("fmt"), path}).status, 0);
    QCOMPARE(readAll(path), canonical);
    // The bundled examples are canonical.
    QCOMPARE(cli({QStringLiteral("fmt"), QStringLiteral("--check"),
                  example("online-banking.tmodel"), example("fitness-platform.tmodel")})
                 .status,
             0);
}

void TestCli::fmtNeverWritesInvalidFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.tmodel"));
    const QByteArray bad = minimalModel().replace("\"process\"", "\"proces\"");
    QVERIFY(writeAll(path, bad));
    const Run run = cli({QStringLiteral("fmt"), path});
    QCOMPARE(run.status, 1);
    QVERIFY(run.err.contains("unknown kind \"proces\""));
    QCOMPARE(readAll(path), bad);
}

void TestCli::threatsJsonContract()
{
    const Run run = cli(
        {QStringLiteral("threats"), example("online-banking.tmodel"), QStringLiteral("--json")});
    QCOMPARE(run.status, 0);
    const QJsonArray threats =
        QJsonDocument::fromJson(run.out).object().value(QLatin1String("threats")).toArray();
    QVERIFY(threats.size() > 100);
    const QStringList stride{
        QStringLiteral("spoofing"),          QStringLiteral("tampering"),
        QStringLiteral("repudiation"),       QStringLiteral("information_disclosure"),
        QStringLiteral("denial_of_service"), QStringLiteral("elevation_of_privilege")};
    bool sawScore = false;
    for (const QJsonValue& value : threats) {
        const QJsonObject t = value.toObject();
        for (const char* key : {"id", "rule", "element", "category", "title", "description",
                                "status", "dread", "references", "mitigations", "obsolete"})
            QVERIFY2(t.contains(QLatin1String(key)), key);
        QVERIFY(stride.contains(t.value(QLatin1String("category")).toString()));
        // Every threat reads in full: a generated one's description comes from its rule.
        const QString description = t.value(QLatin1String("description")).toString();
        QVERIFY2(description.size() > 40, qPrintable(t.value(QLatin1String("title")).toString()));
        if (t.value(QLatin1String("title")).toString() == QLatin1String("Spoofing of Customer"))
            QVERIFY(description.startsWith(QLatin1String("An attacker pretends to be Customer,")));
        if (t.value(QLatin1String("dread")).isObject()) {
            const QJsonObject d = t.value(QLatin1String("dread")).toObject();
            for (const char* key : {"damage", "reproducibility", "exploitability", "affected_users",
                                    "discoverability", "score"})
                QVERIFY2(d.contains(QLatin1String(key)), key);
            sawScore = true;
        }
        for (const QJsonValue& r : t.value(QLatin1String("references")).toArray()) {
            const QString ref = r.toString();
            QVERIFY(!ref.startsWith(QLatin1String("API")) || ref.endsWith(QLatin1String(":2023")));
        }
    }
    QVERIFY(sawScore);
}

void TestCli::threatsWriteIsIdempotent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.tmodel"));
    QVERIFY(writeAll(path, minimalModel()));
    QCOMPARE(cli({QStringLiteral("threats"), path}).status, 0);
    QCOMPARE(readAll(path), minimalModel()); // without --write nothing is saved
    const Run first = cli({QStringLiteral("threats"), path, QStringLiteral("--write")});
    QCOMPARE(first.status, 0);
    const QByteArray once = readAll(path);
    // Generated threats are written (compactly: their rule, element and title).
    QVERIFY(once.contains("\"rule\": \"LATCH-"));
    const Run second = cli({QStringLiteral("threats"), path, QStringLiteral("--write")});
    QCOMPARE(second.status, 0);
    QVERIFY(second.err.contains("nothing to write"));
    QCOMPARE(readAll(path), once);
}

void TestCli::embeddedLibraryRules()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("own-rules.tmodel"));
    QVERIFY(writeAll(path, minimalModel(R"("library": {"format": "latch.rules", "version": 1,
        "id": "acme", "rules": [{"id": "ACME-1", "category": "tampering", "target": "process",
        "condition": "element.name == 'API'", "title": "ACME house rule for {element.name}",
        "references": ["CWE-20"]}]}, )")));
    const Run run = cli({QStringLiteral("threats"), path, QStringLiteral("--json")});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains("ACME house rule for API"));

    // A broken embedded library names the model and the rule.
    QByteArray broken = readAll(path).replace("element.name ==", "element.nme ==");
    QVERIFY(writeAll(path, broken));
    const Run bad = cli({QStringLiteral("threats"), path});
    QCOMPARE(bad.status, 1);
    QVERIFY2(bad.err.contains("(embedded library): rules[0] (ACME-1): condition, column 1: "
                              "unknown property \"nme\""),
             bad.err.constData());
}

void TestCli::rulesListing()
{
    const Run run = cli({QStringLiteral("rules"), QStringLiteral("--json")});
    QCOMPARE(run.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QVERIFY(root.value(QLatin1String("rules")).toArray().size() >= 60);
    QVERIFY(root.value(QLatin1String("mitigations")).toArray().size() >= 15);
    const Run text = cli({QStringLiteral("rules")});
    QCOMPARE(text.status, 0);
    QVERIFY(text.out.contains("LATCH-API1-BOLA"));

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeAll(bad, "{\"format\": \"latch.rules\""));
    const Run broken = cli({QStringLiteral("rules"), QStringLiteral("--rules"), bad});
    QCOMPARE(broken.status, 1);
    QVERIFY(broken.err.startsWith((bad + QStringLiteral(":1:")).toUtf8()));
    QCOMPARE(cli({QStringLiteral("rules"), QStringLiteral("--rules")}).status, 2);
}

void TestCli::generateSyntheticModel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.tmodel"));
    const Run run = cli({QStringLiteral("generate"), QStringLiteral("--elements"),
                         QStringLiteral("2000"), QStringLiteral("-o"), path});
    QCOMPARE(run.status, 0);
    const Run info = cli({QStringLiteral("info"), path, QStringLiteral("--json")});
    QCOMPARE(info.status, 0);
    const QJsonObject elements =
        QJsonDocument::fromJson(info.out).object().value(QLatin1String("elements")).toObject();
    int total = 0;
    for (const QString& kind : elements.keys())
        total += elements.value(kind).toInt();
    QCOMPARE(total, 2000);
    QVERIFY(elements.value(QLatin1String("boundary")).toInt() > 50);
    QVERIFY(elements.value(QLatin1String("flow")).toInt() > 1000);
    // Same size and seed, same file.
    const QString again = dir.filePath(QStringLiteral("again.tmodel"));
    QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--elements"), QStringLiteral("2000"),
                  QStringLiteral("-o"), again})
                 .status,
             0);
    QCOMPARE(readAll(again), readAll(path));
    QCOMPARE(cli({QStringLiteral("generate"), QStringLiteral("--elements"), QStringLiteral("0"),
                  QStringLiteral("-o"), path})
                 .status,
             2);
}

void TestCli::lintExitStatus()
{
    QCOMPARE(cli({QStringLiteral("lint"), example("online-banking.tmodel")}).status, 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lonely.tmodel"));
    QVERIFY(writeAll(path, minimalModel()));
    const Run run = cli({QStringLiteral("lint"), path});
    QCOMPARE(run.status, 1);
    QVERIFY(run.out.contains(
        (path + QStringLiteral(": diagrams[0].elements[0] \"API\": not connected to any flow"))
            .toUtf8()));
}

void TestCli::importAndOtmExport()
{
    QTemporaryDir dir;
    const QString fixtures = QStringLiteral(LATCH_SOURCE_DIR "/tests/fixtures/");
    const QString out = dir.filePath(QStringLiteral("sample.tmodel"));
    Run run =
        cli({QStringLiteral("import"), fixtures + QStringLiteral("tmt/Sample_Threat_Model.tm7"),
             QStringLiteral("-o"), out});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains("6 data flows"));
    QVERIFY(run.out.contains("29 threats"));
    QVERIFY(run.err.isEmpty());
    QCOMPARE(cli({QStringLiteral("validate"), out}).status, 0);

    // The named format is used even when the content says otherwise: a clear refusal.
    run =
        cli({QStringLiteral("import"), fixtures + QStringLiteral("threat-dragon/generic-cms.json"),
             QStringLiteral("--from"), QStringLiteral("otm"), QStringLiteral("-o"),
             dir.filePath(QStringLiteral("x.tmodel"))});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.err.contains("not an Open Threat Model"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.tmodel"))));
    // Unreadable input and usage errors.
    QCOMPARE(cli({QStringLiteral("import"), dir.filePath(QStringLiteral("none.tm7")),
                  QStringLiteral("-o"), out})
                 .status,
             2);
    QCOMPARE(cli({QStringLiteral("import"), out}).status, 2);
    QCOMPARE(cli({QStringLiteral("import"), out, QStringLiteral("--from"), QStringLiteral("visio"),
                  QStringLiteral("-o"), out})
                 .status,
             2);

    // OTM out and back in: the same counts.
    const QString otm = dir.filePath(QStringLiteral("bank.otm.json"));
    run = cli(
        {QStringLiteral("export"), example("online-banking.tmodel"), QStringLiteral("-o"), otm});
    QCOMPARE(run.status, 0);
    QVERIFY(readAll(otm).contains("\"otmVersion\": \"0.2.0\""));
    const QString back = dir.filePath(QStringLiteral("back.tmodel"));
    QCOMPARE(cli({QStringLiteral("import"), otm, QStringLiteral("-o"), back}).status, 0);
    const QByteArray before =
        cli({QStringLiteral("info"), example("online-banking.tmodel"), QStringLiteral("--json")})
            .out;
    const QByteArray after = cli({QStringLiteral("info"), back, QStringLiteral("--json")}).out;
    QVERIFY(!before.isEmpty());
    QCOMPARE(after, before);
}

void TestCli::tmtTemplates()
{
    QTemporaryDir dir;
    const QString tmt = QStringLiteral(LATCH_SOURCE_DIR "/tests/fixtures/tmt/");
    // The parity contract: at least stored, matched, missing and extra.
    Run run = cli({QStringLiteral("tmt-parity"), tmt + QStringLiteral("Sample_Threat_Model.tm7"),
                   tmt + QStringLiteral("default.tb7"), QStringLiteral("--json")});
    QCOMPARE(run.status, 0);
    const QJsonObject parity = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(parity.value(QStringLiteral("stored")).toInt(), 29);
    QCOMPARE(parity.value(QStringLiteral("matched")).toInt(), 29);
    QCOMPARE(parity.value(QStringLiteral("missing")).toInt(), 0);
    QCOMPARE(parity.value(QStringLiteral("extra")).toInt(), 0);
    run = cli({QStringLiteral("tmt-parity"), tmt + QStringLiteral("test_model.tm7")});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QByteArray("stored 10, matched 10, missing 0, extra 0\n"));
    QCOMPARE(cli({QStringLiteral("tmt-parity")}).status, 2);

    // Import with the template: the model carries it, and regeneration keeps TMT's threats.
    const QString out = dir.filePath(QStringLiteral("sample.tmodel"));
    run = cli({QStringLiteral("import"), tmt + QStringLiteral("Sample_Threat_Model.tm7"),
               QStringLiteral("--rules"), tmt + QStringLiteral("default.tb7"), QStringLiteral("-o"),
               out});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains("29 of its threats are that library's"));
    run = cli({QStringLiteral("threats"), out, QStringLiteral("--json")});
    QCOMPARE(run.status, 0);
    int fromTemplate = 0;
    const QJsonArray threats =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("threats")).toArray();
    for (const QJsonValue& t : threats) {
        const QString rule = t.toObject().value(QStringLiteral("rule")).toString();
        fromTemplate += !rule.isEmpty() && !rule.startsWith(QLatin1String("LATCH-"));
    }
    QCOMPARE(fromTemplate, 29);
    // --rules takes a template on the engine's commands too.
    run = cli({QStringLiteral("rules"), QStringLiteral("--rules"),
               tmt + QStringLiteral("default.tb7"), QStringLiteral("--json")});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.contains("\"S7.1\""));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
