// The open threats handed to an issue tracker: the CSV parsed back as Jira's and GitLab's
// importers read it, with the priorities, labels and texts a person expects from the register.
#include "CsvText.h"
#include "ModelBuilder.h"
#include "register/ThreatRegister.h"
#include "report/ExportFile.h"
#include "report/TrackerCsvExporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace latch;
using latch::test::parseCsv;

namespace {

Threat threat(const char* id, const char* category, ThreatStatus status, int dread,
              const QString& title = {})
{
    Threat t;
    t.id = QLatin1String(id);
    t.element = QStringLiteral("e-api");
    t.category = QLatin1String(category);
    t.status = status;
    t.title = title.isEmpty() ? QStringLiteral("Threat %1").arg(QLatin1String(id)) : title;
    t.description = QStringLiteral("What an attacker does to %1.").arg(QLatin1String(id));
    if (dread > 0)
        t.dread = DreadScore{dread, dread, dread, dread, dread};
    return t;
}

// One process and eight threats: five to do (one a band each, one unscored) and three that a
// tracker has no use for (mitigated, accepted, obsolete).
Model model()
{
    test::ModelBuilder b(QStringLiteral("Payments"));
    b.box(ElementKind::Process, QStringLiteral("e-api"), QStringLiteral("Payments API"),
          {0, 0, 120, 80});
    Model m = b.model();
    Threat critical = threat("t-01", "information_disclosure", ThreatStatus::Open, 9);
    critical.references = {QStringLiteral("API1:2023"), QStringLiteral("CWE-639")};
    m.threats << critical << threat("t-02", "spoofing", ThreatStatus::InProgress, 7)
              << threat("t-03", "tampering", ThreatStatus::Open, 5)
              << threat("t-04", "repudiation", ThreatStatus::Open, 2)
              << threat("t-05", "denial_of_service", ThreatStatus::Open, 0)
              << threat("t-06", "tampering", ThreatStatus::Mitigated, 9)
              << threat("t-07", "tampering", ThreatStatus::Accepted, 9);
    Threat obsolete = threat("t-08", "tampering", ThreatStatus::Open, 9);
    obsolete.obsolete = true;
    m.threats << obsolete;
    return m;
}

QVector<QStringList> exported(const Model& m, ExportFile::Format format)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("issues.csv"));
    ExportFile::Request request;
    request.format = format;
    QString error;
    if (!ExportFile::save(m, path, request, &error))
        qFatal("%s", qPrintable(error));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return parseCsv(QString::fromUtf8(file.readAll()));
}

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* word : list)
        out << QLatin1String(word);
    return out;
}

} // namespace

class TestTrackerCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jiraRowsArePrioritisedOpenThreats();
    void jiraLabelsAndDescription();
    void gitlabTitleDescriptionAndLabelLine();
    void cellsAreNeutralisedAndSummariesCapped();
    void trackerFormatNeedsACsvFile();
};

void TestTrackerCsvExporter::jiraRowsArePrioritisedOpenThreats()
{
    const QVector<QStringList> rows = exported(model(), ExportFile::Format::JiraCsv);
    // The most labelled threat (t-01) has four labels, so four Labels columns.
    QCOMPARE(rows.first(), (words({"Summary", "Issue Type", "Priority", "Description", "Labels",
                                   "Labels", "Labels", "Labels"})));
    // Only what is left to do, highest risk first: DREAD 9, 7, 5, 2, then the unscored one.
    QCOMPARE(rows.size(), 1 + 5);
    const QStringList summaries =
        words({"Threat t-01", "Threat t-02", "Threat t-03", "Threat t-04", "Threat t-05"});
    const QStringList priorities = words({"Highest", "High", "Medium", "Low", ""});
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(rows.at(i + 1).size(), 8);
        QCOMPARE(rows.at(i + 1).at(0), summaries.at(i));
        QCOMPARE(rows.at(i + 1).at(1), QStringLiteral("Task"));
        QCOMPARE(rows.at(i + 1).at(2), priorities.at(i));
    }
}

void TestTrackerCsvExporter::jiraLabelsAndDescription()
{
    const QVector<QStringList> rows = exported(model(), ExportFile::Format::JiraCsv);
    QCOMPARE(rows.at(1).mid(4), (words({"threat-model", "information-disclosure", "risk-critical",
                                        "owasp-api1-2023"})));
    QCOMPARE(rows.at(5).mid(4), (words({"threat-model", "denial-of-service", "", ""})));
    const QString description = rows.at(1).at(3);
    QCOMPARE(description, QStringLiteral("What an attacker does to t-01.\n"
                                         "\n"
                                         "Element: Payments API (element 1 on Main)\n"
                                         "Category: Information disclosure\n"
                                         "Risk: critical (DREAD 9.0)\n"
                                         "Status in the threat model: Open\n"
                                         "References: API1:2023, CWE-639\n"
                                         "Threat id in the model: t-01"));
    QVERIFY(rows.at(2).at(3).contains(QLatin1String("Status in the threat model: In progress")));
}

void TestTrackerCsvExporter::gitlabTitleDescriptionAndLabelLine()
{
    const QVector<QStringList> rows = exported(model(), ExportFile::Format::GitLabCsv);
    // GitLab reads title and description, in that order, and nothing else.
    QCOMPARE(rows.first(), (words({"title", "description"})));
    QCOMPARE(rows.size(), 1 + 5);
    QCOMPARE(rows.at(1).size(), 2);
    QCOMPARE(rows.at(1).at(0), QStringLiteral("Threat t-01"));
    const QStringList lines = rows.at(1).at(1).split(QLatin1Char('\n'));
    QCOMPARE(lines.constLast(), QStringLiteral("/label ~\"threat-model\" "
                                               "~\"information-disclosure\" ~\"risk-critical\" "
                                               "~\"owasp-api1-2023\""));
    QCOMPARE(lines.first(), QStringLiteral("What an attacker does to t-01."));
    // The unscored threat has no risk label.
    QVERIFY(rows.at(5).at(1).endsWith(
        QLatin1String("/label ~\"threat-model\" ~\"denial-of-service\"")));
}

void TestTrackerCsvExporter::cellsAreNeutralisedAndSummariesCapped()
{
    Model m = model();
    m.threats[0].title = QStringLiteral("=HYPERLINK(\"http://x\",\"click\")");
    m.threats[1].title = QString(300, QLatin1Char('a'));
    m.threats[2].description = QStringLiteral("-1+1, \"quoted\"");
    const QVector<QStringList> rows = exported(m, ExportFile::Format::JiraCsv);
    QCOMPARE(rows.at(1).at(0), QStringLiteral("'=HYPERLINK(\"http://x\",\"click\")"));
    QCOMPARE(rows.at(2).at(0).size(), 255);
    QVERIFY(rows.at(2).at(0).endsWith(QChar(0x2026)));
    QVERIFY(rows.at(3).at(3).startsWith(QLatin1String("'-1+1, \"quoted\"\n")));
    // The capped summary on GitLab too; the formula neutralised there as well.
    const QVector<QStringList> gitlab = exported(m, ExportFile::Format::GitLabCsv);
    QCOMPARE(gitlab.at(1).at(0), QStringLiteral("'=HYPERLINK(\"http://x\",\"click\")"));
    QCOMPARE(gitlab.at(2).at(0).size(), 255);
}

void TestTrackerCsvExporter::trackerFormatNeedsACsvFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("issues.md"));
    ExportFile::Request request;
    request.format = ExportFile::Format::JiraCsv;
    QString error;
    QVERIFY(!ExportFile::save(model(), path, request, &error));
    QCOMPARE(error, path + QStringLiteral(": the file's name does not suit the format asked for"));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestTrackerCsvExporter)
#include "tst_trackercsvexporter.moc"
