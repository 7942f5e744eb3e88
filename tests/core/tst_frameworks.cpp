// Which built-in frameworks generate threats: a model's choice decides which framework
// libraries' rules fire, other libraries always apply, and a framework taken away and chosen
// again loses none of the team's ratings.
#include "ExampleModels.h"
#include "ModelBuilder.h"
#include "engine/Frameworks.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "model/Model.h"

#include <QTest>

using namespace latch;

namespace {

// A library with one always-true rule on processes, under the given library id.
QByteArray library(const char* id, const char* rule, const char* category)
{
    return QByteArray(R"({"format": "latch.rules", "version": 1, "id": ")") + id +
           R"(", "name": "x", "rules": [{"id": ")" + rule + R"(", "category": ")" + category +
           R"(", "target": "process", "title": "{element.name}", "description": "d"}]})";
}

RuleLibrary threeLibraries()
{
    RuleLibrary rules;
    QString error;
    // The ids of two built-in frameworks' libraries, and a team's own.
    for (const QByteArray& json : {library("latch.builtin", "S-1", "spoofing"),
                                   library("latch.cia", "CIA-1", "denial_of_service"),
                                   library("team.rules", "TEAM-1", "tampering")}) {
        if (!RuleLibraryLoader::load(json, QStringLiteral("test"), rules, &error))
            qFatal("%s", qPrintable(error));
    }
    return rules;
}

Model oneProcess()
{
    return test::ModelBuilder()
        .box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("API"), {0, 0, 100, 80})
        .model();
}

// Rule ids of the live generated threats, sorted.
QStringList live(const Model& model)
{
    QStringList rules;
    for (const Threat& t : model.threats) {
        if (t.origin == ThreatOrigin::Generated && !t.obsolete)
            rules << t.rule;
    }
    rules.sort();
    return rules;
}

const Threat* threatOf(const Model& model, const QString& rule)
{
    for (const Threat& t : model.threats) {
        if (t.rule == rule)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestFrameworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAndOrder();
    void chosenFrameworksDecideWhichRulesFire();
    void incrementalUpdateFollowsTheChoice();
    void everyBuiltInRuleBelongsToItsFramework();
    void examplesReachEveryCategory();
};

void TestFrameworks::namesAndOrder()
{
    QCOMPARE(Frameworks::names(), (QStringList{QStringLiteral("stride"), QStringLiteral("linddun"),
                                               QStringLiteral("cia")}));
    QCOMPARE(Frameworks::defaults(), QStringList{QStringLiteral("stride")});
    QCOMPARE(Model().frameworks, Frameworks::defaults());
    QString unknown;
    QCOMPARE(Frameworks::canonical({QStringLiteral("cia"), QStringLiteral("stride"),
                                    QStringLiteral("cia"), QStringLiteral("nope")},
                                   &unknown),
             (QStringList{QStringLiteral("stride"), QStringLiteral("cia")}));
    QCOMPARE(unknown, QStringLiteral("nope"));
    QCOMPARE(Frameworks::indexOfLibrary(QStringLiteral("latch.builtin")), 1);
    QCOMPARE(Frameworks::indexOfLibrary(QStringLiteral("latch.linddun")), 2);
    QCOMPARE(Frameworks::indexOfLibrary(QStringLiteral("latch.cia")), 3);
    QCOMPARE(Frameworks::indexOfLibrary(QStringLiteral("team.rules")), 0);
    QCOMPARE(Frameworks::maskOf({QStringLiteral("linddun"), QStringLiteral("cia")}), 0b1100u);
    QCOMPARE(Frameworks::displayName(QStringLiteral("linddun")), QStringLiteral("LINDDUN"));
}

void TestFrameworks::chosenFrameworksDecideWhichRulesFire()
{
    const RuleLibrary rules = threeLibraries();
    ThreatGenerator generator(rules);
    Model model = oneProcess();
    // STRIDE alone (the default): the team's rule applies whatever is chosen.
    generator.generate(model);
    QCOMPARE(live(model), (QStringList{QStringLiteral("S-1"), QStringLiteral("TEAM-1")}));

    model.frameworks = {QStringLiteral("stride"), QStringLiteral("cia")};
    generator.generate(model);
    QCOMPARE(live(model), (QStringList{QStringLiteral("CIA-1"), QStringLiteral("S-1"),
                                       QStringLiteral("TEAM-1")}));
    // The team rates and settles the CIA threat ...
    for (Threat& t : model.threats) {
        if (t.rule == QLatin1String("CIA-1")) {
            t.status = ThreatStatus::Mitigated;
            t.dread = DreadScore{3, 4, 5, 6, 7};
            t.justification = QStringLiteral("Two zones");
        }
    }
    // ... then drops CIA: the threat stays, obsolete, with all of that.
    model.frameworks = {QStringLiteral("stride")};
    generator.generate(model);
    QCOMPARE(live(model), (QStringList{QStringLiteral("S-1"), QStringLiteral("TEAM-1")}));
    const Threat* dropped = threatOf(model, QStringLiteral("CIA-1"));
    QVERIFY(dropped && dropped->obsolete);
    QCOMPARE(dropped->status, ThreatStatus::Mitigated);
    // CIA alone: STRIDE's threat goes obsolete, CIA's comes back as the team left it.
    model.frameworks = {QStringLiteral("cia")};
    generator.generate(model);
    QCOMPARE(live(model), (QStringList{QStringLiteral("CIA-1"), QStringLiteral("TEAM-1")}));
    const Threat* back = threatOf(model, QStringLiteral("CIA-1"));
    QCOMPARE(back->dread, (DreadScore{3, 4, 5, 6, 7}));
    QCOMPARE(back->justification, QStringLiteral("Two zones"));
    QVERIFY(threatOf(model, QStringLiteral("S-1"))->obsolete);
    QCOMPARE(model.threats.size(), 3); // nothing deleted, nothing doubled
}

void TestFrameworks::incrementalUpdateFollowsTheChoice()
{
    const RuleLibrary rules = threeLibraries();
    ThreatGenerator generator(rules);
    Model model = oneProcess();
    generator.generate(model);
    model.frameworks = {QStringLiteral("linddun"), QStringLiteral("cia")};
    generator.update(model, {QStringLiteral("p")});
    QCOMPARE(live(model), (QStringList{QStringLiteral("CIA-1"), QStringLiteral("TEAM-1")}));
}

void TestFrameworks::everyBuiltInRuleBelongsToItsFramework()
{
    RuleLibrary builtIn;
    QString error;
    QVERIFY2(RuleLibraryLoader::loadBuiltin(builtIn, &error), qPrintable(error));
    QHash<QString, int> perFramework;
    for (const Rule& rule : builtIn.rules()) {
        QVERIFY2(rule.framework >= 1 && rule.framework <= 3, qPrintable(rule.id));
        const QString framework = Frameworks::names().at(rule.framework - 1);
        ++perFramework[framework];
        // Each framework's rules are named after it (LINDDUN-…, CIA-…; STRIDE's are LATCH-…).
        const QString prefix = framework == QLatin1String("stride")
                                   ? QStringLiteral("LATCH-")
                                   : framework.toUpper() + QLatin1Char('-');
        QVERIFY2(rule.id.startsWith(prefix), qPrintable(rule.id));
    }
    QCOMPARE(perFramework.value(QStringLiteral("stride")), 71);
    QVERIFY(perFramework.value(QStringLiteral("linddun")) > 0);
    QVERIFY(perFramework.value(QStringLiteral("cia")) > 0);
}

void TestFrameworks::examplesReachEveryCategory()
{
    RuleLibrary builtIn;
    QString error;
    QVERIFY2(RuleLibraryLoader::loadBuiltin(builtIn, &error), qPrintable(error));
    QSet<QString> reached;
    for (const char* name : {"online-banking.tmodel", "fitness-platform.tmodel"}) {
        Model model = test::loadExample(name);
        // The registers as saved are current: generating again changes nothing.
        QVERIFY2(!ThreatGenerator(builtIn).generate(model).changedModel(), name);
        for (const Threat& t : model.threats) {
            if (t.origin == ThreatOrigin::Generated && !t.obsolete)
                reached.insert(t.category);
        }
    }
    // The fitness platform uses all three frameworks, the bank STRIDE alone.
    QCOMPARE(test::loadExample("fitness-platform.tmodel").frameworks, Frameworks::names());
    QCOMPARE(test::loadExample("online-banking.tmodel").frameworks, Frameworks::defaults());
    const char* const categories[] = {// STRIDE
                                      "spoofing", "tampering", "repudiation",
                                      "information_disclosure", "denial_of_service",
                                      "elevation_of_privilege",
                                      // LINDDUN
                                      "linking", "identifying", "non_repudiation", "detecting",
                                      "data_disclosure", "unawareness", "non_compliance",
                                      // CIA
                                      "confidentiality", "integrity", "availability"};
    for (const char* category : categories)
        QVERIFY2(reached.contains(QLatin1String(category)), category);
    QCOMPARE(reached.size(), int(std::size(categories)));
}

QTEST_GUILESS_MAIN(TestFrameworks)
#include "tst_frameworks.moc"
