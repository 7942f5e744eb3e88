// Which threats repeat another one (ThreatRepeats) and how the register shows them once. The
// expectations follow the rules' weaknesses in resources/rules/builtin.json and the README's
// "Repeats" section, worked out by hand; the banking example's six repeats were listed from
// its manual threats and its flows before the code existed.
#include "Fixtures.h"
#include "ModelBuilder.h"
#include "format/FormatError.h"
#include "format/ModelFile.h"
#include "format/TmodelReader.h"
#include "register/ThreatRegister.h"
#include "register/ThreatRepeats.h"

#include <QTest>

using namespace latch;
using namespace latch::test;

namespace {

Threat generated(const QString& id, const QString& rule, const QString& element,
                 const QString& category, const QString& title = QStringLiteral("Same words"))
{
    Threat t;
    t.id = id;
    t.rule = rule;
    t.element = element;
    t.category = category;
    t.title = title;
    t.origin = ThreatOrigin::Generated;
    return t;
}

Threat manual(const QString& id, const QString& element, const QString& category,
              const QStringList& references)
{
    Threat t;
    t.id = id;
    t.element = element;
    t.category = category;
    t.title = QStringLiteral("The team's words");
    t.references = references;
    t.origin = ThreatOrigin::Manual;
    return t;
}

const QString bola = QStringLiteral("LATCH-API1-BOLA");
const QString disclosure = QStringLiteral("information_disclosure");

// client -> gateway -> service -> ledger service, one flow per hop.
ModelBuilder path()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("client"), QStringLiteral("Client"), {0, 0, 80, 60})
        .box(ElementKind::Process, QStringLiteral("gw"), QStringLiteral("Gateway"),
             {200, 0, 80, 60})
        .box(ElementKind::Process, QStringLiteral("svc"), QStringLiteral("Service"),
             {400, 0, 80, 60})
        .box(ElementKind::Process, QStringLiteral("ledger"), QStringLiteral("Ledger"),
             {600, 0, 80, 60})
        .flow(QStringLiteral("f1"), QStringLiteral("client"), QStringLiteral("gw"))
        .flow(QStringLiteral("f2"), QStringLiteral("gw"), QStringLiteral("svc"))
        .flow(QStringLiteral("f3"), QStringLiteral("svc"), QStringLiteral("ledger"));
    return b;
}

} // namespace

class TestThreatRepeats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedRepeatsManualNamingItsWeakness();
    void otherCategoryOrWeaknessStaysApart();
    void strideRulesNeverFold();
    void laterRuleFoldsIntoEarlierWhateverTheOrder();
    void keptApartAndObsoleteTakeNoPart();
    void chainIsReportedOnItsFirstHop();
    void otherTitleOrFanInBreaksTheChain();
    void circleOfHopsEnds();
    void registerShowsEachWeaknessOnce();
    void bankingExample();
    void keptApartSurvivesSaveAndLoad();
};

void TestThreatRepeats::generatedRepeatsManualNamingItsWeakness()
{
    ModelBuilder b = path();
    b.threat(manual(QStringLiteral("t-team"), QStringLiteral("f1"), disclosure,
                    {QStringLiteral("API1:2023"), QStringLiteral("CWE-639")}))
        .threat(generated(QStringLiteral("t-gen"), bola, QStringLiteral("f1"), disclosure));
    const ThreatRepeats repeats(b.model());
    QCOMPARE(repeats.shownAs(QStringLiteral("t-gen")), QStringLiteral("t-team"));
    QVERIFY(!repeats.isRepeat(QStringLiteral("t-team")));
    QCOMPARE(repeats.repeatsOf(QStringLiteral("t-team")), QStringList{QStringLiteral("t-gen")});
    QVERIFY(repeats.hopsOf(QStringLiteral("t-team")).isEmpty()); // one element, no chain
    QCOMPARE(repeats.repeatCount(), 1);
}

void TestThreatRepeats::otherCategoryOrWeaknessStaysApart()
{
    // Tampering is not what the BOLA rule says; API1:2023 alone is not its weakness (CWE-639);
    // another element is another element.
    ModelBuilder b = path();
    b.threat(manual(QStringLiteral("t-tamper"), QStringLiteral("f1"), QStringLiteral("tampering"),
                    {QStringLiteral("CWE-639")}))
        .threat(manual(QStringLiteral("t-owasp"), QStringLiteral("f1"), disclosure,
                       {QStringLiteral("API1:2023")}))
        .threat(manual(QStringLiteral("t-elsewhere"), QStringLiteral("f2"), disclosure,
                       {QStringLiteral("CWE-639")}))
        .threat(generated(QStringLiteral("t-gen"), bola, QStringLiteral("f1"), disclosure));
    const ThreatRepeats repeats(b.model());
    QCOMPARE(repeats.repeatCount(), 0);
}

void TestThreatRepeats::strideRulesNeverFold()
{
    // "Denial of service against Gateway" asks a question; it names no weakness of its own.
    ModelBuilder b = path();
    b.threat(manual(QStringLiteral("t-team"), QStringLiteral("gw"),
                    QStringLiteral("denial_of_service"), {QStringLiteral("CWE-400")}))
        .threat(generated(QStringLiteral("t-d"), QStringLiteral("LATCH-STRIDE-PROCESS-D"),
                          QStringLiteral("gw"), QStringLiteral("denial_of_service")));
    QCOMPARE(ThreatRepeats(b.model()).repeatCount(), 0);
}

void TestThreatRepeats::laterRuleFoldsIntoEarlierWhateverTheOrder()
{
    // Both name CWE-770; NO-RATE-LIMIT comes first in the built-in library.
    ModelBuilder b = path();
    b.threat(generated(QStringLiteral("t-cost"), QStringLiteral("LATCH-API4-COST-AMPLIFICATION"),
                       QStringLiteral("svc"), QStringLiteral("denial_of_service")))
        .threat(generated(QStringLiteral("t-rate"), QStringLiteral("LATCH-API4-NO-RATE-LIMIT"),
                          QStringLiteral("svc"), QStringLiteral("denial_of_service")));
    const ThreatRepeats repeats(b.model());
    QCOMPARE(repeats.shownAs(QStringLiteral("t-cost")), QStringLiteral("t-rate"));
    QVERIFY(!repeats.isRepeat(QStringLiteral("t-rate")));
}

void TestThreatRepeats::keptApartAndObsoleteTakeNoPart()
{
    ModelBuilder b = path();
    Threat apart = generated(QStringLiteral("t-apart"), bola, QStringLiteral("f1"), disclosure);
    apart.distinct = true;
    Threat gone = manual(QStringLiteral("t-gone"), QStringLiteral("f2"), disclosure,
                         {QStringLiteral("CWE-639")});
    gone.obsolete = true;
    b.threat(manual(QStringLiteral("t-team"), QStringLiteral("f1"), disclosure,
                    {QStringLiteral("CWE-639")}))
        .threat(apart)
        .threat(gone)
        .threat(generated(QStringLiteral("t-f2"), bola, QStringLiteral("f2"), disclosure,
                          QStringLiteral("Other words")));
    QCOMPARE(ThreatRepeats(b.model()).repeatCount(), 0);
}

void TestThreatRepeats::chainIsReportedOnItsFirstHop()
{
    ModelBuilder b = path();
    // In the register's order the last hop comes first: the order must not matter.
    b.threat(generated(QStringLiteral("t-3"), bola, QStringLiteral("f3"), disclosure))
        .threat(generated(QStringLiteral("t-2"), bola, QStringLiteral("f2"), disclosure))
        .threat(generated(QStringLiteral("t-1"), bola, QStringLiteral("f1"), disclosure));
    const ThreatRepeats repeats(b.model());
    QCOMPARE(repeats.shownAs(QStringLiteral("t-2")), QStringLiteral("t-1"));
    QCOMPARE(repeats.shownAs(QStringLiteral("t-3")), QStringLiteral("t-1"));
    QCOMPARE(repeats.repeatsOf(QStringLiteral("t-1")),
             (QStringList{QStringLiteral("t-2"), QStringLiteral("t-3")}));
    QCOMPARE(repeats.hopsOf(QStringLiteral("t-1")),
             (QStringList{QStringLiteral("f1"), QStringLiteral("f2"), QStringLiteral("f3")}));

    const ThreatRegister reg(b.model(), RegisterFilter{});
    QCOMPARE(reg.entries().size(), 1);
    QCOMPARE(reg.entries().first().path, QStringLiteral("Client → Gateway → Service → Ledger"));
}

void TestThreatRepeats::otherTitleOrFanInBreaksTheChain()
{
    ModelBuilder b = path();
    // A second client also calls the gateway: the gateway-to-service hop now follows two
    // requests, and is neither's repeat. The last hop says something else.
    b.box(ElementKind::Entity, QStringLiteral("client2"), QStringLiteral("Client 2"),
          {0, 200, 80, 60})
        .flow(QStringLiteral("f0"), QStringLiteral("client2"), QStringLiteral("gw"));
    b.threat(generated(QStringLiteral("t-0"), bola, QStringLiteral("f0"), disclosure))
        .threat(generated(QStringLiteral("t-1"), bola, QStringLiteral("f1"), disclosure))
        .threat(generated(QStringLiteral("t-2"), bola, QStringLiteral("f2"), disclosure))
        .threat(generated(QStringLiteral("t-3"), bola, QStringLiteral("f3"), disclosure,
                          QStringLiteral("Broken object level authorization on GET /ledger")));
    QCOMPARE(ThreatRepeats(b.model()).repeatCount(), 0);
}

void TestThreatRepeats::circleOfHopsEnds()
{
    ModelBuilder b;
    b.box(ElementKind::Process, QStringLiteral("a"), QStringLiteral("A"), {0, 0, 80, 60})
        .box(ElementKind::Process, QStringLiteral("b"), QStringLiteral("B"), {200, 0, 80, 60})
        .flow(QStringLiteral("ab"), QStringLiteral("a"), QStringLiteral("b"))
        .flow(QStringLiteral("ba"), QStringLiteral("b"), QStringLiteral("a"));
    b.threat(generated(QStringLiteral("t-z"), bola, QStringLiteral("ab"), disclosure))
        .threat(generated(QStringLiteral("t-y"), bola, QStringLiteral("ba"), disclosure));
    const ThreatRepeats repeats(b.model());
    // Opened at the smallest id: that one is shown.
    QCOMPARE(repeats.repeatCount(), 1);
    QCOMPARE(repeats.shownAs(QStringLiteral("t-z")), QStringLiteral("t-y"));
}

void TestThreatRepeats::registerShowsEachWeaknessOnce()
{
    ModelBuilder b = path();
    b.threat(manual(QStringLiteral("t-team"), QStringLiteral("f1"), disclosure,
                    {QStringLiteral("CWE-639")}))
        .threat(generated(QStringLiteral("t-1"), bola, QStringLiteral("f1"), disclosure))
        .threat(generated(QStringLiteral("t-2"), bola, QStringLiteral("f2"), disclosure));
    const ThreatRegister shown(b.model(), RegisterFilter{});
    QCOMPARE(shown.entries().size(), 1);
    const RegisterEntry& entry = shown.entries().first();
    QCOMPARE(entry.threat->id, QStringLiteral("t-team"));
    QCOMPARE(entry.repeats,
             (QStringList{QStringLiteral("Same words [f1]"), QStringLiteral("Same words [f2]")}));
    QCOMPARE(entry.path, QStringLiteral("Client → Gateway → Service"));

    RegisterFilter all;
    all.includeRepeats = true;
    const ThreatRegister everything(b.model(), all);
    QCOMPARE(everything.entries().size(), 3);
    for (const RegisterEntry& e : everything.entries())
        QCOMPARE(e.repeatOf,
                 e.threat->id == QLatin1String("t-team") ? QString() : QStringLiteral("t-team"));
}

void TestThreatRepeats::bankingExample()
{
    QString error;
    const auto model = ModelFile::load(
        QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/online-banking.tmodel"), &error);
    QVERIFY2(model, qPrintable(error));
    const ThreatRepeats repeats(*model);
    // rule of the repeat, its element -> the title of the threat shown instead
    auto shownFor = [&](const QString& rule, const QString& element) {
        const Element* e = named(*model, element);
        for (const Threat& t : model->threats) {
            if (e && t.rule == rule && t.element == e->id) {
                for (const Threat& s : model->threats) {
                    if (s.id == repeats.shownAs(t.id))
                        return s.title;
                }
            }
        }
        return QString();
    };
    QCOMPARE(repeats.repeatCount(), 6);
    const QString teamsBola =
        QStringLiteral("BOLA: reading another customer's account via GET /accounts/{accountId}");
    QCOMPARE(shownFor(bola, QStringLiteral("GET /accounts/{accountId}")), teamsBola);
    QCOMPARE(shownFor(QStringLiteral("LATCH-API4-NO-RATE-LIMIT"), QStringLiteral("API gateway")),
             QStringLiteral("No per-client rate limits on the public API"));
    QCOMPARE(shownFor(QStringLiteral("LATCH-API4-COST-AMPLIFICATION"),
                      QStringLiteral("Account service")),
             QStringLiteral("Unrestricted resource consumption at Account service"));
    QCOMPARE(shownFor(QStringLiteral("LATCH-STORE-LOG-MUTABLE"), QStringLiteral("Audit log")),
             QStringLiteral("Audit trail can be altered by operators"));
    QCOMPARE(shownFor(QStringLiteral("LATCH-API10-THIRD-PARTY-INPUT"),
                      QStringLiteral("KYC verification result")),
             QStringLiteral("KYC result trusted without validation"));
    // Both BOLA hops (SPA to gateway, gateway to account service) fold into the team's threat,
    // which now lists the path.
    int bolaRepeats = 0;
    for (const Threat& t : model->threats)
        bolaRepeats += t.rule == bola && repeats.shownAs(t.id) == QLatin1String("t-d515eae2f545");
    QCOMPARE(bolaRepeats, 2);
    const ThreatRegister reg(*model, RegisterFilter{});
    for (const RegisterEntry& entry : reg.entries()) {
        if (entry.threat->title == teamsBola)
            QCOMPARE(entry.path,
                     QStringLiteral("Single-page web app (SPA) → API gateway → Account service"));
    }
}

void TestThreatRepeats::keptApartSurvivesSaveAndLoad()
{
    ModelBuilder b = path();
    Threat apart = generated(QStringLiteral("t-apart"), bola, QStringLiteral("f1"), disclosure);
    apart.distinct = true;
    b.threat(manual(QStringLiteral("t-team"), QStringLiteral("f1"), disclosure,
                    {QStringLiteral("CWE-639")}))
        .threat(apart);
    QString error;
    const auto bytes = ModelFile::serialize(b.model(), QStringLiteral("apart.tmodel"), &error);
    QVERIFY2(bytes, qPrintable(error));
    QVERIFY(bytes->contains("\"distinct\": true"));
    QVERIFY(bytes->contains("\"version\": 7"));
    FormatError formatError;
    const auto back = TmodelReader::read(*bytes, &formatError);
    QVERIFY2(back, qPrintable(formatError.message));
    QVERIFY(back->threats.at(1).distinct);
    QCOMPARE(ThreatRepeats(*back).repeatCount(), 0);
}

QTEST_GUILESS_MAIN(TestThreatRepeats)
#include "tst_threatrepeats.moc"
