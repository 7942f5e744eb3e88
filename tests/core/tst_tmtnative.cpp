// A TMT template on a diagram drawn in Latch (NativeStencils): Latch's kinds stand for the
// template's generic stencils and Latch's properties answer its attributes. The banking
// expectations were written by hand from default.tb7's filters (tests/data/tmt-native/).
#include "engine/EvaluationContext.h"
#include "engine/ModelLinter.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "format/ModelFile.h"
#include "interop/Tb7Reader.h"
#include "model/Model.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace latch;

namespace {

QByteArray read(const QString& path)
{
    QFile file(QStringLiteral(LATCH_SOURCE_DIR "/") + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray defaultTemplate()
{
    const auto json = Tb7Reader::convert(read(QStringLiteral("tests/fixtures/tmt/default.tb7")),
                                         nullptr, nullptr);
    return json ? *json : QByteArray();
}

// The built-in library with default.tb7 on top, as `threats --rules default.tb7` has it.
RuleLibrary builtinAndTemplate()
{
    RuleLibrary library;
    QString error;
    if (!RuleLibraryLoader::loadBuiltin(library, &error) ||
        !RuleLibraryLoader::load(defaultTemplate(), QStringLiteral("default.tb7"), library, &error))
        qFatal("%s", qPrintable(error));
    return library;
}

QJsonObject expectations()
{
    return QJsonDocument::fromJson(read(QStringLiteral("tests/data/tmt-native/"
                                                       "banking-expectations.json")))
        .object();
}

Model banking()
{
    QString error;
    const auto model = ModelFile::load(
        QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/online-banking.tmodel"), &error);
    if (!model)
        qFatal("%s", qPrintable(error));
    return *model;
}

bool isTemplateRule(const RuleLibrary& library, const QString& ruleId)
{
    const Rule* rule = library.findRule(ruleId);
    return rule && rule->library.startsWith(QLatin1String("tmt."));
}

// element id -> the template's threat types generated on it, sorted.
QMap<QString, QStringList> templateThreats(const RuleLibrary& library, const Model& model)
{
    QMap<QString, QStringList> result;
    for (const Threat& t : model.threats) {
        if (!t.obsolete && isTemplateRule(library, t.rule))
            result[t.element].append(t.rule);
    }
    for (QStringList& types : result)
        types.sort();
    return result;
}

Element shape(ElementKind kind, const QString& type, QVariantMap properties = {})
{
    Element e;
    e.id = QStringLiteral("e-") + type;
    e.kind = kind;
    e.type = type;
    e.properties = std::move(properties);
    return e;
}

// Every configuration of a native interaction that default.tb7's filters can tell apart:
// source and target kinds, the mapped properties of both ends and of the flow, and what the
// flow crosses (nothing, a region, a line). Calls `each` with a context for each.
template <typename Each>
void forEveryNativeInteraction(const TypeRegistry& types, Each each)
{
    QVector<Element> ends;
    for (bool human : {false, true})
        ends << shape(ElementKind::Entity, QStringLiteral("entity"),
                      {{QStringLiteral("human"), human}});
    for (int bits = 0; bits < 8; ++bits) {
        ends << shape(ElementKind::Process, QStringLiteral("process"),
                      {{QStringLiteral("authenticates"), bool(bits & 1)},
                       {QStringLiteral("authorizes"), bool(bits & 2)},
                       {QStringLiteral("validatesInput"), bool(bits & 4)}});
        ends << shape(ElementKind::Store, QStringLiteral("store"),
                      {{QStringLiteral("isLog"), bool(bits & 1)},
                       {QStringLiteral("holdsCredentials"), bool(bits & 2)},
                       {QStringLiteral("encryptedAtRest"), bool(bits & 4)}});
    }
    QVector<Element> flows;
    for (bool encrypted : {false, true}) {
        for (const char* how : {"none", "password", "mtls"})
            flows << shape(ElementKind::Flow, QStringLiteral("flow"),
                           {{QStringLiteral("encrypted"), encrypted},
                            {QStringLiteral("authentication"), QString::fromLatin1(how)}});
    }
    Element region = shape(ElementKind::Boundary, QStringLiteral("boundary.dmz"));
    Element line = shape(ElementKind::Boundary, QStringLiteral("boundary.machine"));
    line.shape = BoundaryShape::Line;
    const QVector<QVector<const Element*>> crossings{{}, {&region}, {&line}};
    for (const Element& source : ends) {
        for (const Element& target : ends) {
            for (const Element& flow : flows) {
                for (const auto& crossed : crossings) {
                    EvaluationContext context;
                    context.types = &types;
                    context.element = &flow;
                    context.flow = &flow;
                    context.source = &source;
                    context.target = &target;
                    context.crossings = crossed;
                    each(context);
                }
            }
        }
    }
}

} // namespace

class TestTmtNative : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kindsStandForGenericStencils();
    void firstGenericStencilOfAShapeWins();
    void bankingFlows_data();
    void bankingFlows();
    void noTemplateThreatOnShapes();
    void latchRegisterUnchanged();
    void typesThatCanFireNatively();
    void stencilWithoutCounterpartNeverFires();
    void ownAttributeOverridesLatchProperty();
    void panelOffersTemplateAttributes();
    void templateAloneStillRuns();

private:
    RuleLibrary m_library;
    Model m_generated;
};

void TestTmtNative::initTestCase()
{
    m_library = builtinAndTemplate();
    m_generated = banking();
    ThreatGenerator(m_library).generate(m_generated);
}

void TestTmtNative::kindsStandForGenericStencils()
{
    const TypeRegistry& types = m_library.types();
    Element region = shape(ElementKind::Boundary, QStringLiteral("boundary.dmz"));
    Element line = region;
    line.shape = BoundaryShape::Line;
    const QVector<QPair<Element, QString>> cases{
        {shape(ElementKind::Process, QStringLiteral("process.webApi")), QStringLiteral("GE.P")},
        {shape(ElementKind::Entity, QStringLiteral("entity.human")), QStringLiteral("GE.EI")},
        {shape(ElementKind::Store, QStringLiteral("store.log")), QStringLiteral("GE.DS")},
        {shape(ElementKind::Flow, QStringLiteral("flow")), QStringLiteral("GE.DF")},
        {region, QStringLiteral("GE.TB.B")},
        {line, QStringLiteral("GE.TB.L")},
        {shape(ElementKind::Note, QStringLiteral("note")), QStringLiteral("GE.A")}};
    for (const auto& [element, stencil] : cases) {
        QCOMPARE(types.standIn(element), stencil);
        QVERIFY(types.isA(element, stencil));
        QVERIFY(types.isA(element, element.type)); // still its own type
    }
    // Never a standard stencil, never ROOT; a template type keeps its own lineage.
    const Element database = shape(ElementKind::Store, QStringLiteral("store.database"));
    QVERIFY(!types.isA(database, QStringLiteral("SE.DS.TMCore.SQL")));
    QVERIFY(!types.isA(region, QStringLiteral("GE.TB.L")));
    const Element sql = shape(ElementKind::Store, QStringLiteral("SE.DS.TMCore.SQL"));
    QVERIFY(types.standIn(sql).isEmpty());
    QVERIFY(types.isA(sql, QStringLiteral("GE.DS")));
    QCOMPARE(types.defaultValue(sql, QStringLiteral("tmt.storesLogData")).toString(),
             QStringLiteral("No"));
    // Without a template, nothing stands for anything.
    RuleLibrary builtin;
    QVERIFY(RuleLibraryLoader::loadBuiltin(builtin, nullptr));
    QVERIFY(builtin.types().standIn(database).isEmpty());
}

void TestTmtNative::firstGenericStencilOfAShapeWins()
{
    // test_model.tm7's custom template has two rectangles among its generic stencils and no
    // line boundary: an entity stands for the first, and a line boundary for nothing.
    const auto json = Tb7Reader::convert(read(QStringLiteral("tests/fixtures/tmt/test_model.tm7")),
                                         nullptr, nullptr);
    QVERIFY(json);
    RuleLibrary library;
    QString error;
    QVERIFY2(RuleLibraryLoader::load(*json, QStringLiteral("test_model.tm7"), library, &error),
             qPrintable(error));
    const TypeRegistry& types = library.types();
    QCOMPARE(types.standIn(shape(ElementKind::Entity, QStringLiteral("entity"))),
             QStringLiteral("8db306cc-f8f5-4c07-8be2-48e2a0af38aa"));
    QCOMPARE(types.standIn(shape(ElementKind::Process, QStringLiteral("process"))),
             QStringLiteral("dd163aaf-713b-46df-bc66-4ace6c033067"));
    Element line = shape(ElementKind::Boundary, QStringLiteral("boundary"));
    line.shape = BoundaryShape::Line;
    QVERIFY(types.standIn(line).isEmpty());
    // An element of the second rectangle is the template's own: it stands for nothing else.
    const Element second =
        shape(ElementKind::Entity, QStringLiteral("c8bba3ee-9cdc-426f-89dd-0cea09ba72e8"));
    QVERIFY(types.standIn(second).isEmpty());
    QVERIFY(!types.isA(second, QStringLiteral("8db306cc-f8f5-4c07-8be2-48e2a0af38aa")));
}

void TestTmtNative::bankingFlows_data()
{
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QStringList>("expected");
    const QJsonArray flows = expectations().value(QLatin1String("flows")).toArray();
    QVERIFY(flows.size() >= 10);
    for (const QJsonValue& f : flows) {
        const QJsonObject flow = f.toObject();
        QStringList expected;
        for (const QJsonValue& type : flow.value(QLatin1String("expected")).toArray())
            expected << type.toString();
        expected.sort();
        const QString id = flow.value(QLatin1String("id")).toString();
        QTest::newRow(
            qPrintable(id + QLatin1Char(' ') + flow.value(QLatin1String("sourceName")).toString() +
                       QStringLiteral(" -> ") + flow.value(QLatin1String("targetName")).toString()))
            << id << expected;
    }
}

void TestTmtNative::bankingFlows()
{
    QFETCH(QString, flow);
    QFETCH(QStringList, expected);
    QVERIFY(m_generated.findElement(flow));
    QCOMPARE(templateThreats(m_library, m_generated).value(flow), expected);
}

void TestTmtNative::noTemplateThreatOnShapes()
{
    const QMap<QString, QStringList> threats = templateThreats(m_library, m_generated);
    int total = 0;
    for (auto it = threats.cbegin(); it != threats.cend(); ++it) {
        QCOMPARE(m_generated.findElement(it.key())->kind, ElementKind::Flow);
        total += int(it->size());
    }
    const QJsonObject totals = expectations().value(QLatin1String("totals")).toObject();
    QCOMPARE(int(threats.size()), totals.value(QLatin1String("flowsWithThreats")).toInt());
    QCOMPARE(total, totals.value(QLatin1String("tmtThreats")).toInt());
}

void TestTmtNative::latchRegisterUnchanged()
{
    // Latch's own threats are what the built-in library alone gives, field for field.
    RuleLibrary builtin;
    QVERIFY(RuleLibraryLoader::loadBuiltin(builtin, nullptr));
    Model alone = banking();
    ThreatGenerator(builtin).generate(alone);
    QVector<Threat> latchOnly;
    for (const Threat& t : m_generated.threats) {
        if (!isTemplateRule(m_library, t.rule))
            latchOnly.append(t);
    }
    QCOMPARE(latchOnly, alone.threats);
    QCOMPARE(latchOnly.size(), 154); // the register `latch-cli threats` lists for banking
}

void TestTmtNative::typesThatCanFireNatively()
{
    // Counted by trying every native configuration, not by reading the filters.
    QSet<QString> fired;
    QVector<const Rule*> rules;
    for (const Rule& rule : m_library.rules()) {
        if (isTemplateRule(m_library, rule.id))
            rules.append(&rule);
    }
    QCOMPARE(rules.size(), 47);
    forEveryNativeInteraction(m_library.types(), [&](const EvaluationContext& context) {
        for (const Rule* rule : std::as_const(rules)) {
            if (rule->condition->holds(context))
                fired.insert(rule->id);
        }
    });
    QStringList canFire = fired.values();
    canFire.sort();
    QStringList cannot;
    for (const Rule* rule : std::as_const(rules)) {
        if (!fired.contains(rule->id))
            cannot << rule->id;
    }
    qInfo("%d of 47 can fire natively; cannot: %s", int(canFire.size()),
          qPrintable(cannot.join(QLatin1Char(' '))));
    QStringList expectedCannot{
        // source is 'ROOT': nothing matches, in TMT either
        QStringLiteral("SU"), QStringLiteral("TU"), QStringLiteral("RU"), QStringLiteral("IU"),
        QStringLiteral("DU"), QStringLiteral("EU"),
        // a standard stencil (SE.*), which no Latch shape stands for
        QStringLiteral("T7"), QStringLiteral("T8"), QStringLiteral("T12"), QStringLiteral("T13.1"),
        QStringLiteral("T13.2"), QStringLiteral("I25"), QStringLiteral("E3"),
        // an attribute no Latch property answers, at a default that fails the filter
        QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4"), QStringLiteral("T11")};
    QStringList sortedCannot = cannot;
    sortedCannot.sort();
    expectedCannot.sort();
    QCOMPARE(sortedCannot, expectedCannot);
    QCOMPARE(canFire.size(), 30);
}

void TestTmtNative::stencilWithoutCounterpartNeverFires()
{
    // T7 needs target 'SE.DS.TMCore.SQL': no Latch store is one, a PostgreSQL database
    // included. Drawn as that stencil, the same interaction fires T7.
    const Rule* t7 = m_library.findRule(QStringLiteral("T7"));
    QVERIFY(t7);
    const Element process = shape(ElementKind::Process, QStringLiteral("process.webApi"));
    const Element flow = shape(ElementKind::Flow, QStringLiteral("flow"));
    EvaluationContext context;
    context.types = &m_library.types();
    context.element = context.flow = &flow;
    context.source = &process;
    for (const QString& type : m_library.types().ids()) {
        if (!m_library.types().isA(type, QStringLiteral("store")) ||
            m_library.types().isA(type, QStringLiteral("GE.DS")))
            continue; // the template's own stencils are not Latch kinds
        const Element store = shape(ElementKind::Store, type,
                                    {{QStringLiteral("technology"), QStringLiteral("PostgreSQL")}});
        context.target = &store;
        QVERIFY2(!t7->condition->holds(context), qPrintable(type));
    }
    const Element sql = shape(ElementKind::Store, QStringLiteral("SE.DS.TMCore.SQL"));
    context.target = &sql;
    QVERIFY(t7->condition->holds(context));
    // Nor on the banking example, whose stores are PostgreSQL and Oracle databases.
    for (const QStringList& types : templateThreats(m_library, m_generated)) {
        for (const char* id : {"T7", "T8", "T12", "T13.1", "T13.2", "I25", "E3"})
            QVERIFY(!types.contains(QLatin1String(id)));
    }
}

void TestTmtNative::ownAttributeOverridesLatchProperty()
{
    // An encrypted flow into a process across a region: I6 (sniffing) is excluded, unless the
    // flow's own template attribute says it provides no confidentiality.
    const Rule* i6 = m_library.findRule(QStringLiteral("I6"));
    const Element entity = shape(ElementKind::Entity, QStringLiteral("entity.browser"));
    const Element process = shape(ElementKind::Process, QStringLiteral("process.webApi"));
    const Element region = shape(ElementKind::Boundary, QStringLiteral("boundary.dmz"));
    Element flow =
        shape(ElementKind::Flow, QStringLiteral("flow"), {{QStringLiteral("encrypted"), true}});
    EvaluationContext context;
    context.types = &m_library.types();
    context.element = context.flow = &flow;
    context.source = &entity;
    context.target = &process;
    context.crossings = {&region};
    QVERIFY(!i6->condition->holds(context));
    flow.properties.insert(QStringLiteral("tmt.providesConfidentiality"), QStringLiteral("No"));
    QVERIFY(i6->condition->holds(context));
    flow.properties.remove(QStringLiteral("tmt.providesConfidentiality"));
    flow.properties.insert(QStringLiteral("encrypted"), false);
    QVERIFY(i6->condition->holds(context));
    // An attribute with no Latch counterpart fires once set on the element itself.
    const Rule* t2 = m_library.findRule(QStringLiteral("T2"));
    Element native = process;
    context.source = &process;
    context.target = &native;
    QVERIFY(!t2->condition->holds(context));
    native.properties.insert(QStringLiteral("tmt.codeType"), QStringLiteral("Unmanaged"));
    QVERIFY(t2->condition->holds(context));
    // The answers are the template's words.
    const TypeRegistry& types = m_library.types();
    QCOMPARE(types.defaultValue(flow, QStringLiteral("tmt.providesConfidentiality")).toString(),
             QStringLiteral("No"));
    QCOMPARE(types.defaultValue(flow, QStringLiteral("tmt.authenticatesSource")).toString(),
             QStringLiteral("No")); // authentication 'none', the default
    QCOMPARE(types.defaultValue(flow, QStringLiteral("tmt.XMLenc")).toString(),
             QStringLiteral("No")); // no Latch counterpart: the template's default
    QCOMPARE(types.defaultValue(entity, QStringLiteral("tmt.type")).toString(),
             QStringLiteral("Code"));
    const Element log = shape(ElementKind::Store, QStringLiteral("store.log"));
    QCOMPARE(types.defaultValue(log, QStringLiteral("tmt.storesLogData")).toString(),
             QStringLiteral("Yes")); // store.log's own default of isLog
    QVERIFY(!types.defaultValue(log, QStringLiteral("tmt.providesConfidentiality")).isValid());
}

void TestTmtNative::panelOffersTemplateAttributes()
{
    const TypeRegistry& types = m_library.types();
    const Element flow = shape(ElementKind::Flow, QStringLiteral("flow"),
                               {{QStringLiteral("encrypted"), true},
                                {QStringLiteral("tmt.XMLenc"), QStringLiteral("Yes")}});
    QStringList names;
    for (const PropertySchema& p : types.propertiesOf(flow)) {
        names << p.name;
        if (p.name == QLatin1String("tmt.providesConfidentiality")) {
            QCOMPARE(p.defaultValue.toString(), QStringLiteral("Yes")); // what it answers now
            QVERIFY2(p.description.contains(QLatin1String("encrypted")), qPrintable(p.description));
        }
    }
    QVERIFY(names.contains(QLatin1String("encrypted")));
    QVERIFY(names.contains(QLatin1String("tmt.providesConfidentiality")));
    QVERIFY(names.contains(QLatin1String("tmt.54851a3b-65da-4902-b4e0-94ef015be735")));
    QCOMPARE(names.count(QStringLiteral("tmt.71f3d9aa-b8ef-4e54-8126-607a1d903103")), 1);
    // A template attribute set on a native element is not a lint finding.
    Model model;
    model.diagrams.append(Diagram());
    model.diagrams[0].elements.append(flow);
    for (const LintFinding& finding : ModelLinter::lint(model, m_library))
        QVERIFY2(!finding.message.contains(QLatin1String("tmt.XMLenc")),
                 qPrintable(finding.message));
}

void TestTmtNative::templateAloneStillRuns()
{
    // Without the built-in library, Latch's properties have no schema: an unset one answers
    // nothing and the template's default applies, so the template still loads and runs.
    RuleLibrary alone;
    QString error;
    QVERIFY2(
        RuleLibraryLoader::load(defaultTemplate(), QStringLiteral("default.tb7"), alone, &error),
        qPrintable(error));
    Model model = banking();
    model.threats.clear();
    ThreatGenerator(alone).generate(model);
    const QMap<QString, QStringList> threats = templateThreats(alone, model);
    // The set properties are read as before: the banking flows into processes across DMZ.
    QVERIFY(threats.value(QStringLiteral("e-01f6f4a63f30")).contains(QStringLiteral("D3")));
    QVERIFY(!threats.value(QStringLiteral("e-01f6f4a63f30"))
                 .contains(QStringLiteral("I6"))); // encrypted
}

QTEST_GUILESS_MAIN(TestTmtNative)
#include "tst_tmtnative.moc"
