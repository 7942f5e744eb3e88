#include "ModelBuilder.h"
#include "TestLibrary.h"
#include "engine/ModelLinter.h"

#include <QTest>

using namespace latch;
using latch::test::ModelBuilder;

namespace {

QStringList messages(const Model& model, const RuleLibrary& library)
{
    QStringList lines;
    for (const LintFinding& f : ModelLinter::lint(model, library))
        lines << f.place + QStringLiteral(": ") + f.message;
    return lines;
}

bool anyContains(const QStringList& lines, const QString& text)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QString& line) { return line.contains(text); });
}

} // namespace

class TestModelLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanModelHasNoFindings();
    void findsModelingProblems();
    void findsRegisterProblems();
};

void TestModelLinter::cleanModelHasNoFindings()
{
    ModelBuilder b;
    b.region(QStringLiteral("dc"), {200, -50, 500, 300})
        .box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("Customer"), {0, 0, 100, 50})
        .box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("API"), {300, 0, 100, 100},
             {{QStringLiteral("exposesApi"), true}})
        .box(ElementKind::Store, QStringLiteral("s"), QStringLiteral("DB"), {500, 0, 100, 50})
        .flow(QStringLiteral("f1"), QStringLiteral("u"), QStringLiteral("p"))
        .flow(QStringLiteral("f2"), QStringLiteral("p"), QStringLiteral("s"));
    QCOMPARE(messages(b.model(), latch::test::testLibrary()), QStringList());
}

void TestModelLinter::findsModelingProblems()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("Customer"), {0, 0, 100, 50})
        .box(ElementKind::Entity, QStringLiteral("v"), QStringLiteral("Partner"), {0, 200, 100, 50})
        .box(ElementKind::Process, QStringLiteral("p"), QString(), {300, 0, 100, 100},
             {{QStringLiteral("rateLimited"), QStringLiteral("yes")},
              {QStringLiteral("colour"), QStringLiteral("red")}})
        .box(ElementKind::Process, QStringLiteral("lonely"), QStringLiteral("Batch"),
             {300, 300, 100, 100})
        .box(ElementKind::Store, QStringLiteral("s1"), QStringLiteral("DB"), {500, 0, 100, 50})
        .box(ElementKind::Store, QStringLiteral("s2"), QStringLiteral("DB"), {500, 200, 100, 50})
        .region(QStringLiteral("empty"), {2000, 2000, 100, 100})
        .flow(QStringLiteral("f1"), QStringLiteral("u"), QStringLiteral("v"))
        .flow(QStringLiteral("f2"), QStringLiteral("s1"), QStringLiteral("s2"))
        .flow(QStringLiteral("f3"), QStringLiteral("u"), QStringLiteral("s1"))
        .flow(QStringLiteral("f4"), QStringLiteral("p"), QStringLiteral("p"));
    b.current().findElement(QStringLiteral("s1"))->type = QStringLiteral("store.unknown");
    const QStringList lines = messages(b.model(), latch::test::testLibrary());
    QVERIFY(anyContains(lines, QStringLiteral("elements[2] \"\": the process has no name")));
    QVERIFY(anyContains(lines, QStringLiteral("\"Batch\": not connected to any flow")));
    QVERIFY(anyContains(lines,
                        QStringLiteral("\"DB\": another store on this diagram has the same name")));
    QVERIFY(anyContains(lines, QStringLiteral("between two external entities")));
    QVERIFY(anyContains(lines, QStringLiteral("between two stores")));
    QVERIFY(anyContains(lines, QStringLiteral("reaches a store directly")));
    QVERIFY(anyContains(lines, QStringLiteral("starts and ends at the same element")));
    QVERIFY(anyContains(lines, QStringLiteral("the boundary encloses no element")));
    QVERIFY(anyContains(lines, QStringLiteral("property \"rateLimited\" should be bool")));
    QVERIFY(anyContains(lines, QStringLiteral("property \"colour\" is not defined for process")));
    QVERIFY(anyContains(lines, QStringLiteral("type \"store.unknown\" is not defined")));
}

void TestModelLinter::findsRegisterProblems()
{
    ModelBuilder b;
    b.box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("API"), {0, 0, 100, 100});
    Threat accepted;
    accepted.id = QStringLiteral("t1");
    accepted.element = QStringLiteral("p");
    accepted.category = QStringLiteral("spoofing");
    accepted.title = QStringLiteral("Fake client");
    accepted.status = ThreatStatus::Accepted;
    Threat mitigated = accepted;
    mitigated.id = QStringLiteral("t2");
    mitigated.title = QStringLiteral("Flood");
    mitigated.status = ThreatStatus::Mitigated;
    b.threat(accepted).threat(mitigated);
    b.mitigation({QStringLiteral("m1"), QStringLiteral("WAF"), {}, MitigationStatus::Proposed});
    const QStringList lines = messages(b.model(), latch::test::testLibrary());
    QVERIFY(anyContains(
        lines, QStringLiteral("threats[0] \"Fake client\": accepted without a justification")));
    QVERIFY(anyContains(
        lines, QStringLiteral("threats[1] \"Flood\": mitigated, but no mitigation is linked")));
    QVERIFY(anyContains(lines, QStringLiteral("mitigations[0] \"WAF\": not linked to any threat")));
}

QTEST_GUILESS_MAIN(TestModelLinter)
#include "tst_modellinter.moc"
