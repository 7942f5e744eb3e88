#include "ModelBuilder.h"
#include "engine/Condition.h"
#include "engine/EvaluationContext.h"
#include "engine/TextTemplate.h"
#include "engine/TypeRegistry.h"
#include "model/BoundaryGeometry.h"

#include <QTest>

using namespace latch;
using latch::test::ModelBuilder;

namespace {

std::shared_ptr<const Condition> parsed(const QString& text)
{
    QString error;
    int column = 0;
    auto condition = Condition::parse(text, &error, &column);
    if (!condition)
        qWarning("%s at column %d: %s", qPrintable(text), column, qPrintable(error));
    return condition;
}

} // namespace

class TestCondition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void evaluates_data();
    void evaluates();
    void syntaxErrors_data();
    void syntaxErrors();
    void reportsPropertiesAndTypes();
    void templates();

private:
    ModelBuilder m_builder;
    TypeRegistry m_types;
    EvaluationContext flowContext() const;
};

void TestCondition::init()
{
    m_types = TypeRegistry();
    QString error;
    ElementType webApi;
    webApi.id = QStringLiteral("process.webApi");
    webApi.parent = QStringLiteral("process");
    QVERIFY(m_types.add(webApi, &error));
    ElementType internet;
    internet.id = QStringLiteral("boundary.internet");
    internet.parent = QStringLiteral("boundary");
    QVERIFY(m_types.add(internet, &error));
    PropertySchema encrypted{
        QStringLiteral("encrypted"), {}, PropertySchema::Type::Bool, {}, false, {}};
    m_types.addProperties(ElementKind::Flow, {encrypted});

    m_builder = ModelBuilder();
    m_builder
        .box(ElementKind::Entity, QStringLiteral("user"), QStringLiteral("Customer"),
             {0, 0, 100, 50}, {{QStringLiteral("trustLevel"), QStringLiteral("untrusted")}})
        .box(ElementKind::Process, QStringLiteral("api"), QStringLiteral("Orders API"),
             {400, 0, 100, 100},
             {{QStringLiteral("rateLimited"), false}, {QStringLiteral("port"), qlonglong(443)}})
        .region(QStringLiteral("dc"), {300, -50, 400, 300})
        .flow(QStringLiteral("f"), QStringLiteral("user"), QStringLiteral("api"), {},
              QStringLiteral("Place order"));
    Diagram& d = m_builder.current();
    d.findElement(QStringLiteral("api"))->type = QStringLiteral("process.webApi");
    d.findElement(QStringLiteral("dc"))->type = QStringLiteral("boundary.internet");
    d.findElement(QStringLiteral("f"))
        ->properties.insert(QStringLiteral("protocol"), QStringLiteral("HTTP"));
}

EvaluationContext TestCondition::flowContext() const
{
    const Diagram& d = m_builder.model().diagrams.first();
    static std::unique_ptr<BoundaryGeometry> geometry;
    geometry = std::make_unique<BoundaryGeometry>(d);
    EvaluationContext context;
    context.types = &m_types;
    context.element = context.flow = d.findElement(QStringLiteral("f"));
    context.source = d.findElement(QStringLiteral("user"));
    context.target = d.findElement(QStringLiteral("api"));
    context.crossings = geometry->crossingBoundaries(*context.flow);
    context.regionsAround = [g = geometry.get()](const Element& e) {
        return g->regionBoundariesAround(e);
    };
    return context;
}

void TestCondition::evaluates_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<bool>("expected");
    QTest::newRow("empty holds") << QString() << true;
    QTest::newRow("crosses a boundary") << "flow.crossesBoundary" << true;
    QTest::newRow("default applies") << "not flow.encrypted" << true;
    QTest::newRow("the classic") << "flow.crossesBoundary and not flow.encrypted" << true;
    QTest::newRow("property set false") << "target.rateLimited" << false;
    QTest::newRow("unset property is null") << "source.nothing == null" << true;
    QTest::newRow("text equality") << "flow.protocol == 'HTTP'" << true;
    QTest::newRow("== is exact") << "flow.protocol == 'http'" << false;
    QTest::newRow("is ignores case") << "flow.protocol is 'http'" << true;
    QTest::newRow("is not") << "flow.protocol is not 'HTTPS'" << true;
    QTest::newRow("in list") << "flow.protocol in ['HTTPS', 'HTTP']" << true;
    QTest::newRow("not in list") << "flow.protocol in ['gRPC']" << false;
    QTest::newRow("number") << "target.port >= 443 and target.port < 444" << true;
    QTest::newRow("type test exact") << "target is 'process.webApi'" << true;
    QTest::newRow("type test matches subtypes") << "target is 'process'" << true;
    QTest::newRow("type test other kind") << "target is 'store'" << false;
    QTest::newRow("kind attribute") << "source.kind == 'entity'" << true;
    QTest::newRow("type attribute") << "target.type == 'process.webApi'" << true;
    QTest::newRow("crosses by type") << "flow crosses 'boundary.internet'" << true;
    QTest::newRow("crosses matches parents") << "flow crosses 'boundary'" << true;
    QTest::newRow("within") << "target within 'boundary.internet'" << true;
    QTest::newRow("not within") << "source within 'boundary'" << false;
    QTest::newRow("precedence: and binds tighter")
        << "source.trustLevel == 'trusted' and false or true" << true;
    QTest::newRow("parentheses") << "source.trustLevel == 'trusted' and (false or true)" << false;
    QTest::newRow("keywords any case") << "NOT target.rateLimited AND Source IS 'entity'" << true;
    QTest::newRow("bracketed name (TMT)") << "source.[trustLevel] is 'UNTRUSTED'" << true;
    QTest::newRow("name attribute") << "target.name == 'Orders API'" << true;
    QTest::newRow("bool is yes (TMT)") << "target.rateLimited is 'No'" << true;
}

void TestCondition::evaluates()
{
    QFETCH(QString, condition);
    QFETCH(bool, expected);
    auto c = parsed(condition);
    QVERIFY(c);
    QCOMPARE(c->holds(flowContext()), expected);
}

void TestCondition::syntaxErrors_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown object") << "flw.encrypted" << 1 << "unknown object";
    QTest::newRow("dangling and") << "flow.encrypted and" << 19 << "expected a value";
    QTest::newRow("unclosed paren") << "(flow.encrypted" << 16 << "expected )";
    QTest::newRow("unterminated text") << "flow.protocol == 'HTTP" << 18 << "unterminated";
    QTest::newRow("single =") << "flow.protocol = 'x'" << 15 << "expected ==";
    QTest::newRow("stray character") << "flow.encrypted & true" << 16 << "unexpected character";
    QTest::newRow("crosses needs text") << "flow crosses boundary" << 14 << "boundary type";
    QTest::newRow("in needs a list") << "flow.protocol in 'x'" << 18 << "list";
    QTest::newRow("trailing tokens") << "flow.encrypted true" << 16 << "expected and, or";
}

void TestCondition::syntaxErrors()
{
    QFETCH(QString, condition);
    QFETCH(int, column);
    QFETCH(QString, message);
    QString error;
    int at = 0;
    QVERIFY(!Condition::parse(condition, &error, &at));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(at, column);
}

void TestCondition::reportsPropertiesAndTypes()
{
    auto c = parsed(QStringLiteral(
        "source is 'entity' and flow.encrypted and target.[4b0e-guid] or flow crosses 'dmz'"));
    QVERIFY(c);
    QStringList properties;
    for (const auto& use : c->propertyUses())
        properties << use.name;
    properties.sort();
    QCOMPARE(properties, (QStringList{QStringLiteral("4b0e-guid"), QStringLiteral("encrypted")}));
    QStringList types;
    for (const auto& use : c->typeUses())
        types << use.name;
    types.sort();
    QCOMPARE(types, (QStringList{QStringLiteral("dmz"), QStringLiteral("entity")}));
}

void TestCondition::templates()
{
    TextTemplate t;
    QString error;
    int column = 0;
    QVERIFY(t.parse(QStringLiteral("{source.name} → {target.name} over {flow.protocol} {{raw}}"),
                    &error, &column));
    QCOMPARE(t.render(flowContext()), QStringLiteral("Customer → Orders API over HTTP {raw}"));
    QVERIFY(!t.parse(QStringLiteral("Hello {source.name"), &error, &column));
    QCOMPARE(column, 7);
    QVERIFY(!t.parse(QStringLiteral("x {source.name and true}"), &error, &column));
    QVERIFY(!t.parse(QStringLiteral("x }"), &error, &column));
}

QTEST_GUILESS_MAIN(TestCondition)
#include "tst_condition.moc"
