// The built-in library is Latch's threat knowledge: it must load, cover STRIDE and the OWASP
// API Security Top 10 (2023), and produce all of them on the bundled examples.
#include "engine/ModelLinter.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "format/ModelFile.h"
#include "format/TmodelWriter.h"
#include "model/Model.h"
#include "model/ThreatCategory.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace latch;

namespace {

QStringList owaspIds()
{
    QStringList ids;
    for (int i = 1; i <= 10; ++i)
        ids << QStringLiteral("API%1:2023").arg(i);
    return ids;
}

Model example(const char* name)
{
    QString error;
    auto model = ModelFile::load(
        QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/") + QLatin1String(name), &error);
    if (!model)
        qFatal("%s", qPrintable(error));
    return *model;
}

} // namespace

class TestBuiltinLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsFromResources();
    void coversStrideAndOwasp();
    void everyRuleIsDocumented();
    void catalogIsUsed();
    void examplesProduceEveryCategoryAndOwaspEntry();
    void examplesRegisterIsUpToDate_data();
    void examplesRegisterIsUpToDate();
    void examplesLintClean_data();
    void examplesLintClean();

private:
    RuleLibrary m_library;
};

void TestBuiltinLibrary::initTestCase()
{
    QString error;
    QVERIFY2(RuleLibraryLoader::loadBuiltin(m_library, &error), qPrintable(error));
}

void TestBuiltinLibrary::loadsFromResources()
{
    QVERIFY(m_library.rules().size() >= 60);
    QVERIFY(m_library.mitigations().size() >= 15);
    // STRIDE's library, then LINDDUN's and CIA's (Frameworks), in that order.
    QCOMPARE(m_library.sources().size(), 3);
    QVERIFY(m_library.sources().at(0).startsWith(QLatin1String("latch.builtin")));
    QVERIFY(m_library.sources().at(1).startsWith(QLatin1String("latch.linddun")));
    QVERIFY(m_library.sources().at(2).startsWith(QLatin1String("latch.cia")));
    // The kinds' schemas carry the properties the examples and the editor use.
    QStringList flowProperties;
    for (const PropertySchema& p : m_library.types().propertiesOf(QStringLiteral("flow")))
        flowProperties << p.name;
    for (const char* name : {"encrypted", "authentication", "protocol", "dataClassification"})
        QVERIFY2(flowProperties.contains(QLatin1String(name)), name);
}

void TestBuiltinLibrary::coversStrideAndOwasp()
{
    QHash<QString, int> perCategory;
    QSet<QString> owasp;
    QSet<RuleTarget> targets;
    for (const Rule& rule : m_library.rules()) {
        ++perCategory[rule.category];
        targets.insert(rule.target);
        for (const QString& reference : rule.references) {
            if (reference.startsWith(QLatin1String("API")))
                owasp.insert(reference);
        }
    }
    for (const QString& category : ThreatCategory::stride())
        QVERIFY2(perCategory.value(category) >= 4, qPrintable(category));
    for (const QString& id : owaspIds())
        QVERIFY2(owasp.contains(id), qPrintable(id));
    // Per element and per interaction.
    for (RuleTarget target : {RuleTarget::Entity, RuleTarget::Process, RuleTarget::Store,
                              RuleTarget::Flow, RuleTarget::Interaction})
        QVERIFY(targets.contains(target));
}

void TestBuiltinLibrary::everyRuleIsDocumented()
{
    // OWASP API Top 10, CWE and CAPEC ids; for the privacy rules also the LINDDUN category
    // and the articles of the GDPR, the ePrivacy directive and eIDAS they rest on; NIST's
    // contingency planning guide for backups.
    const QRegularExpression reference(QStringLiteral(
        "^(API([1-9]|10):2023|CWE-\\d+|CAPEC-\\d+|LINDDUN (L|I|NR|D|DD|U|NC)|"
        "(GDPR|ePrivacy|eIDAS) Art\\. \\d+(\\(\\d+\\))?(\\([a-z]\\))?|GDPR Recital \\d+|"
        "NIST SP 800-\\d+)$"));
    QSet<QString> ids;
    for (const Rule& rule : m_library.rules()) {
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids.insert(rule.id);
        QVERIFY2(rule.description.text().size() >= 100, qPrintable(rule.id));
        QVERIFY2(rule.dread.has_value(), qPrintable(rule.id));
        QVERIFY2(!rule.references.isEmpty(), qPrintable(rule.id));
        for (const QString& r : rule.references)
            QVERIFY2(reference.match(r).hasMatch(), qPrintable(rule.id + QLatin1Char(' ') + r));
    }
}

void TestBuiltinLibrary::catalogIsUsed()
{
    QSet<QString> suggested;
    for (const Rule& rule : m_library.rules()) {
        for (const QString& m : rule.mitigations)
            suggested.insert(m);
    }
    for (const LibraryMitigation& m : m_library.mitigations()) {
        QVERIFY2(suggested.contains(m.id), qPrintable(m.id));
        QVERIFY2(m.description.size() >= 80, qPrintable(m.id));
    }
}

void TestBuiltinLibrary::examplesProduceEveryCategoryAndOwaspEntry()
{
    QSet<QString> categories;
    QSet<QString> owasp;
    for (const char* name : {"online-banking.tmodel", "fitness-platform.tmodel"}) {
        Model model = example(name);
        model.threats.clear();
        ThreatGenerator(m_library).generate(model);
        for (const Threat& t : model.threats) {
            categories.insert(t.category);
            for (const QString& r : t.references) {
                if (r.startsWith(QLatin1String("API")))
                    owasp.insert(r);
            }
        }
    }
    for (const QString& category : ThreatCategory::stride())
        QVERIFY2(categories.contains(category), qPrintable(category));
    for (const QString& id : owaspIds())
        QVERIFY2(owasp.contains(id), qPrintable(id));
}

void TestBuiltinLibrary::examplesRegisterIsUpToDate_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("banking") << QStringLiteral("online-banking.tmodel");
    QTest::newRow("fitness") << QStringLiteral("fitness-platform.tmodel");
}

void TestBuiltinLibrary::examplesRegisterIsUpToDate()
{
    // Like `fmt --check` for the register: regenerate after changing a rule
    // (latch-cli threats resources/examples/NAME --write).
    QFETCH(QString, name);
    Model model = example(qPrintable(name));
    const QByteArray before = TmodelWriter::write(model);
    const GenerationReport report = ThreatGenerator(m_library).generate(model);
    QVERIFY2(!report.changedModel(), "run latch-cli threats --write on the example");
    QCOMPARE(TmodelWriter::write(model), before);
}

void TestBuiltinLibrary::examplesLintClean_data()
{
    examplesRegisterIsUpToDate_data();
}

void TestBuiltinLibrary::examplesLintClean()
{
    QFETCH(QString, name);
    const auto findings = ModelLinter::lint(example(qPrintable(name)), m_library);
    for (const LintFinding& f : findings)
        qWarning("%s: %s", qPrintable(f.place), qPrintable(f.message));
    QCOMPARE(findings.size(), 0);
}

QTEST_GUILESS_MAIN(TestBuiltinLibrary)
#include "tst_builtinlibrary.moc"
