// `latch-cli merge` and the git set-up around it, used as a team uses them (README, "Merging
// two branches"): real repositories made here, two branches that each edit the banking
// example, merged by git through the driver. Exit 0 when clean, 1 with conflicts left in the
// model (which still loads and never holds text markers), 2 on errors; the pre-commit hook
// refuses a model with conflicts.
#include "CliRunner.h"
#include "GitRepo.h"
#include "TestFiles.h"
#include "format/ModelFile.h"
#include "format/TmodelWriter.h"
#include "model/Model.h"

#include <QFile>
#include <QTest>

using namespace latch;
using namespace latch::test;

namespace {

QString banking()
{
    return QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/online-banking.tmodel");
}

Model load(const QString& path)
{
    QString error;
    auto model = ModelFile::load(path, &error);
    if (!model)
        qFatal("%s", qPrintable(error));
    return *model;
}

void save(const Model& model, const QString& path)
{
    QString error;
    if (!ModelFile::save(model, path, &error))
        qFatal("%s", qPrintable(error));
}

Element* named(Model& model, const QString& name)
{
    for (Diagram& d : model.diagrams) {
        for (Element& e : d.elements) {
            if (e.name == name)
                return &e;
        }
    }
    qFatal("no element %s", qPrintable(name));
}

// A process with a flow from the named element, as a branch adds them in the editor.
void addProcess(Model& model, const QString& id, const QString& name, const QString& from)
{
    Diagram& d = model.diagrams[0];
    Element p;
    p.id = id;
    p.kind = ElementKind::Process;
    p.name = name;
    p.bounds = {1500, 900, 140, 70};
    Element f;
    f.id = id + QStringLiteral("-in");
    f.kind = ElementKind::Flow;
    f.name = QStringLiteral("Events to ") + name;
    f.source = named(model, from)->id;
    f.target = id;
    d.elements << p << f;
}

// The first generated threat on the element, whose status the branches argue about.
Threat& threatOn(Model& model, const QString& elementName)
{
    const QString id = named(model, elementName)->id;
    for (Threat& t : model.threats) {
        if (t.element == id && t.origin == ThreatOrigin::Generated && !t.obsolete)
            return t;
    }
    qFatal("no threat on %s", qPrintable(elementName));
}

// A repository holding the banking example on main, set up for Latch, with branch `topic`.
void prepare(GitRepo& repo)
{
    QVERIFY(writeAll(repo.path(QStringLiteral("bank.tmodel")), readAll(banking())));
    QCOMPARE(repo.cli({QStringLiteral("git-setup")}).status, 0);
    QCOMPARE(repo.commitAll(QStringLiteral("base")), 0);
    QCOMPARE(repo.run({QStringLiteral("branch"), QStringLiteral("topic")}).status, 0);
}

// Edits the model on the given branch, regenerates its threats and commits.
template <typename Edit>
void onBranch(GitRepo& repo, const QString& branch, Edit edit)
{
    QCOMPARE(repo.run({QStringLiteral("checkout"), QStringLiteral("-q"), branch}).status, 0);
    const QString file = repo.path(QStringLiteral("bank.tmodel"));
    Model model = load(file);
    edit(model);
    save(model, file);
    QCOMPARE(repo.cli({QStringLiteral("threats"), file, QStringLiteral("--write")}).status, 0);
    QCOMPARE(repo.commitAll(branch + QStringLiteral(" edit")), 0);
}

} // namespace

class TestCliMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void branchesMergeCleanlyThroughTheDriver();
    void conflictingStatusIsRecordedAndBlocksTheCommit();
    void deleteEditAndDanglingFlow();
    void rebaseNamesTheSidesAsTheUserSeesThem();
    void errorsAndRemoval();
};

void TestCliMerge::branchesMergeCleanlyThroughTheDriver()
{
    GitRepo repo;
    prepare(repo);
    Mitigation signing;
    signing.id = QStringLiteral("m-audit-signing");
    signing.title = QStringLiteral("Sign audit records");
    QString triaged;
    onBranch(repo, QStringLiteral("main"), [&](Model& m) {
        addProcess(m, QStringLiteral("e-notifier0001"), QStringLiteral("Notifier"),
                   QStringLiteral("Payment service"));
        m.mitigations << signing;
        Threat& t = threatOn(m, QStringLiteral("Account service"));
        t.mitigations << signing.id;
        triaged = t.id;
    });
    onBranch(repo, QStringLiteral("topic"), [&](Model& m) {
        addProcess(m, QStringLiteral("e-reporting001"), QStringLiteral("Reporting"),
                   QStringLiteral("Account service"));
        Threat manual;
        manual.id = QStringLiteral("t-reporting-leak");
        manual.element = QStringLiteral("e-reporting001");
        manual.category = QStringLiteral("information_disclosure");
        manual.title = QStringLiteral("Reports mailed in clear text");
        m.threats << manual;
    });
    QCOMPARE(
        repo.run({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}).status,
        0);
    const GitRun merge =
        repo.run({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("topic")});
    QVERIFY2(merge.status == 0, qPrintable(merge.output));

    const QString file = repo.path(QStringLiteral("bank.tmodel"));
    const QByteArray text = readAll(file);
    QVERIFY(!text.contains("<<<<<<<"));
    Model m = load(file);
    QVERIFY(m.conflicts.isEmpty());
    // Every addition of both branches, and the file in canonical form.
    QVERIFY(m.findElement(QStringLiteral("e-notifier0001")));
    QVERIFY(m.findElement(QStringLiteral("e-notifier0001-in")));
    QVERIFY(m.findElement(QStringLiteral("e-reporting001")));
    QVERIFY(m.findElement(QStringLiteral("e-reporting001-in")));
    QVERIFY(m.findThreat(QStringLiteral("t-reporting-leak")));
    QVERIFY(m.findMitigation(signing.id));
    QCOMPARE(m.findThreat(triaged)->mitigations, QStringList{signing.id});
    QCOMPARE(text, TmodelWriter::write(m));
    // Both new processes drew their generated threats, once each.
    int notifier = 0;
    int reporting = 0;
    QSet<QString> ids;
    for (const Threat& t : m.threats) {
        QVERIFY2(!ids.contains(t.id), qPrintable(t.id));
        ids.insert(t.id);
        notifier += t.element == QLatin1String("e-notifier0001") && !t.obsolete;
        reporting += t.element == QLatin1String("e-reporting001") && !t.obsolete;
    }
    QVERIFY(notifier >= 3);
    QVERIFY(reporting >= 4); // its generated threats and the manual one
    QCOMPARE(repo.run({QStringLiteral("status"), QStringLiteral("--porcelain")}).output, QString());
}

void TestCliMerge::conflictingStatusIsRecordedAndBlocksTheCommit()
{
    GitRepo repo;
    prepare(repo);
    onBranch(repo, QStringLiteral("main"), [](Model& m) {
        threatOn(m, QStringLiteral("Account service")).status = ThreatStatus::Mitigated;
    });
    onBranch(repo, QStringLiteral("topic"), [](Model& m) {
        threatOn(m, QStringLiteral("Account service")).status = ThreatStatus::Accepted;
    });
    repo.run({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")});
    const GitRun merge =
        repo.run({QStringLiteral("merge"), QStringLiteral("--no-edit"), QStringLiteral("topic")});
    QCOMPARE(merge.status, 1);
    QVERIFY2(merge.output.contains(QStringLiteral("CONFLICT (content): Merge conflict in "
                                                  "bank.tmodel")),
             qPrintable(merge.output));
    const QString file = repo.path(QStringLiteral("bank.tmodel"));
    const QByteArray text = readAll(file);
    QVERIFY(!text.contains("<<<<<<<"));
    QVERIFY(text.contains("\"conflicts\": ["));
    const Model m = load(file);
    QCOMPARE(m.conflicts.size(), 1);
    QCOMPARE(m.conflicts.at(0).field, QStringLiteral("status"));
    QCOMPARE(m.conflicts.at(0).ours, QByteArray("\"mitigated\""));
    QCOMPARE(m.conflicts.at(0).theirs, QByteArray("\"accepted\""));

    const GitRun validate = repo.cli({QStringLiteral("validate"), file});
    QCOMPARE(validate.status, 0);
    QVERIFY(validate.output.contains(QStringLiteral(": ok, 1 unresolved merge conflict\n")));
    const GitRun lint = repo.cli({QStringLiteral("lint"), file});
    QCOMPARE(lint.status, 1);
    QVERIFY2(lint.output.contains(QStringLiteral("conflicts[0]: unresolved merge conflict: "
                                                 "threat ")),
             qPrintable(lint.output));

    // Staged with its conflict: the hook refuses the commit and names the conflict.
    repo.run({QStringLiteral("add"), QStringLiteral("bank.tmodel")});
    const GitRun commit = repo.run({QStringLiteral("commit"), QStringLiteral("--no-edit")});
    QVERIFY(commit.status != 0);
    QVERIFY2(commit.output.contains(QStringLiteral(":bank.tmodel: refused, 1 unresolved merge "
                                                   "conflict")),
             qPrintable(commit.output));

    // Settled by hand (the editor does it with a click): the commit goes through.
    Model settled = m;
    settled.conflicts.clear();
    save(settled, file);
    QCOMPARE(repo.commitAll(QStringLiteral("merged")), 0);
}

void TestCliMerge::deleteEditAndDanglingFlow()
{
    QTemporaryDir dir;
    const Model base = load(banking());
    // Ours deletes the fraud-scoring service; theirs renames it and adds a flow to the KYC
    // verification API, which ours deleted too.
    Model ours = base;
    const QString fraud = named(ours, QStringLiteral("Fraud scoring service"))->id;
    const QString kyc = named(ours, QStringLiteral("KYC verification API"))->id;
    for (const QString& gone : {fraud, kyc}) {
        QVector<Element>& list = ours.diagrams[0].elements;
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const Element& e) {
                                      return e.id == gone || e.source == gone || e.target == gone;
                                  }),
                   list.end());
    }
    // The threats of what went stay in the register, obsolete, as `threats --write` leaves them.
    for (Threat& t : ours.threats)
        t.obsolete = t.obsolete || !ours.findElement(t.element);
    Model theirs = base;
    named(theirs, QStringLiteral("Fraud scoring service"))->name = QStringLiteral("Fraud engine");
    addProcess(theirs, QStringLiteral("e-kyc-cache001"), QStringLiteral("KYC cache"),
               QStringLiteral("KYC verification API"));
    const QString b = dir.filePath(QStringLiteral("base.tmodel"));
    const QString o = dir.filePath(QStringLiteral("ours.tmodel"));
    const QString t = dir.filePath(QStringLiteral("theirs.tmodel"));
    const QString out = dir.filePath(QStringLiteral("out.tmodel"));
    save(base, b);
    save(ours, o);
    save(theirs, t);
    const CliRun run = runCli({QStringLiteral("merge"), b, o, t, QStringLiteral("-o"), out});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.out.contains("removed by ours, changed by theirs (kept for now)"), run.out);
    QVERIFY(run.out.contains("removed by ours, still used by theirs (kept for now)"));
    QVERIFY(run.out.contains(": merged with 2 conflicts left to resolve"));
    Model m = load(out);
    QCOMPARE(m.findElement(fraud)->name, QStringLiteral("Fraud engine"));
    QVERIFY(m.findElement(kyc));
    QVERIFY(m.findElement(QStringLiteral("e-kyc-cache001-in")));
    QCOMPARE(m.conflicts.size(), 2);
}

void TestCliMerge::rebaseNamesTheSidesAsTheUserSeesThem()
{
    GitRepo repo;
    prepare(repo);
    onBranch(repo, QStringLiteral("main"), [](Model& m) {
        named(m, QStringLiteral("Account service"))->name = QStringLiteral("Accounts");
    });
    onBranch(repo, QStringLiteral("topic"), [](Model& m) {
        named(m, QStringLiteral("Account service"))->name = QStringLiteral("Account API");
    });
    // On topic, rebased onto main: git's "ours" is main, and "theirs" the user's own commit.
    const GitRun rebase = repo.run({QStringLiteral("rebase"), QStringLiteral("main")});
    QVERIFY(rebase.status != 0);
    const Model m = load(repo.path(QStringLiteral("bank.tmodel")));
    QCOMPARE(m.conflicts.size(), 1);
    QCOMPARE(m.conflicts.at(0).ours, QByteArray("\"Accounts\""));
    QCOMPARE(m.conflicts.at(0).oursName, QStringLiteral("upstream (being rebased onto)"));
    QCOMPARE(m.conflicts.at(0).theirs, QByteArray("\"Account API\""));
    QCOMPARE(m.conflicts.at(0).theirsName, QStringLiteral("your commit (being rebased)"));
    repo.run({QStringLiteral("rebase"), QStringLiteral("--abort")});
}

void TestCliMerge::errorsAndRemoval()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.tmodel"));
    const CliRun missing =
        runCli({QStringLiteral("merge"), banking(), banking(),
                dir.filePath(QStringLiteral("nope.tmodel")), QStringLiteral("-o"), out});
    QCOMPARE(missing.status, 2);
    QCOMPARE(missing.err.count('\n'), 1);
    QVERIFY(!QFile::exists(out)); // nothing written on an error
    QCOMPARE(runCli({QStringLiteral("merge"), banking(), banking(), banking()}).status, 2);
    const CliRun same = runCli(
        {QStringLiteral("merge"), banking(), banking(), banking(), QStringLiteral("-o"), out});
    QCOMPARE(same.status, 0);
    QCOMPARE(readAll(out), readAll(banking()));

    GitRepo repo;
    prepare(repo);
    QVERIFY(QFile::exists(repo.path(QStringLiteral(".git/hooks/pre-commit"))));
    QCOMPARE(repo.run({QStringLiteral("config"), QStringLiteral("merge.latch.driver")}).output,
             QStringLiteral("'" LATCH_CLI_PATH "' merge %O %A %B -o %A\n"));
    QCOMPARE(repo.cli({QStringLiteral("git-setup"), QStringLiteral("--remove")}).status, 0);
    QVERIFY(!QFile::exists(repo.path(QStringLiteral(".git/hooks/pre-commit"))));
    QVERIFY(!QFile::exists(repo.path(QStringLiteral(".gitattributes"))));
    QCOMPARE(repo.run({QStringLiteral("config"), QStringLiteral("merge.latch.driver")}).status, 1);
    // Someone's own hook is never touched.
    QVERIFY(writeAll(repo.path(QStringLiteral(".git/hooks/pre-commit")), "#!/bin/sh\nexit 0\n"));
    const GitRun again = repo.cli({QStringLiteral("git-setup")});
    QCOMPARE(again.status, 0);
    QVERIFY(again.output.contains(QStringLiteral("a pre-commit hook exists and is left as it is")));
    QCOMPARE(readAll(repo.path(QStringLiteral(".git/hooks/pre-commit"))),
             QByteArray("#!/bin/sh\nexit 0\n"));
}

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_climerge.moc"
