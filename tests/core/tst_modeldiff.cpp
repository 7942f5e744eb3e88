// The semantic diff (ModelDiff, DiffText): matched by id, ranked security, model, layout, and
// written as a reviewer reads it. Expected changes follow from the edits each case makes.
#include "ModelBuilder.h"
#include "diff/DiffText.h"
#include "diff/ModelDiff.h"
#include "model/SyntheticModel.h"

#include <QRandomGenerator>

#include <QTest>

using namespace latch;
using namespace latch::test;

namespace {

// An internet client calling an API inside a region boundary.
Model base()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("client"), QStringLiteral("Client"), {0, 100, 80, 60})
        .region(QStringLiteral("dmz"), {200, 0, 400, 400})
        .box(ElementKind::Process, QStringLiteral("api"), QStringLiteral("API"), {300, 100, 80, 60},
             {{QStringLiteral("authenticates"), false}})
        .flow(QStringLiteral("call"), QStringLiteral("client"), QStringLiteral("api"), {},
              QStringLiteral("GET /orders"));
    b.current().elements[1].name = QStringLiteral("DMZ");
    Threat t;
    t.id = QStringLiteral("t-1");
    t.element = QStringLiteral("api");
    t.category = QStringLiteral("spoofing");
    t.title = QStringLiteral("Spoofed caller");
    t.dread = DreadScore{5, 5, 5, 5, 5};
    b.threat(t);
    Mitigation m;
    m.id = QStringLiteral("m-1");
    m.title = QStringLiteral("Mutual TLS");
    b.mitigation(m);
    return b.model();
}

Element& named(Model& model, const char* id)
{
    for (Element& e : model.diagrams[0].elements) {
        if (e.id == QLatin1String(id))
            return e;
    }
    qFatal("no element %s", id);
}

QStringList lines(const QVector<ModelChange>& changes)
{
    QStringList out;
    for (const ModelChange& c : changes)
        out << ModelDiff::rankName(c.rank) + QStringLiteral(": ") + DiffText::line(c);
    return out;
}

} // namespace

class TestModelDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameModelHasNoChanges();
    void frameworksAreAnObjective();
    void layoutOnlyIsHiddenByIgnoreLayout();
    void additionInsideABoundaryIsASecurityChange();
    void elementEdits();
    void registerAndCatalog();
    void removalsAndOrder();
    void markdownEscapesNames();
    void elementOfAChange();
    void randomModels();
};

void TestModelDiff::sameModelHasNoChanges()
{
    QVERIFY(ModelDiff::compare(base(), base()).isEmpty());
    QCOMPARE(DiffText::text({}, QStringLiteral("a"), QStringLiteral("b")),
             QStringLiteral("a and b: no changes\n"));
}

void TestModelDiff::frameworksAreAnObjective()
{
    Model after = base();
    after.frameworks = {QStringLiteral("stride"), QStringLiteral("linddun")};
    const QVector<ModelChange> changes = ModelDiff::compare(base(), after);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).rank, ModelChange::Rank::Meaning);
    QCOMPARE(changes.at(0).change, QStringLiteral("objective"));
    QCOMPARE(changes.at(0).field, QStringLiteral("frameworks"));
    QCOMPARE(changes.at(0).before, QStringLiteral("stride"));
    QCOMPARE(changes.at(0).after, QStringLiteral("stride, linddun"));
}

void TestModelDiff::layoutOnlyIsHiddenByIgnoreLayout()
{
    Model after = base();
    // Everything 10 to the right, the API a little bigger: nothing crosses anything new.
    for (Element& e : after.diagrams[0].elements)
        e.bounds.x += 10;
    named(after, "api").bounds.width += 20;
    named(after, "call").points = {{150, 130}};
    const QVector<ModelChange> changes = ModelDiff::compare(base(), after);
    QCOMPARE(lines(changes),
             (QStringList{QStringLiteral("layout: entity “Client”: moved: (0, 100) → (10, 100)"),
                          QStringLiteral("layout: boundary “DMZ”: moved: (200, 0) → (210, 0)"),
                          QStringLiteral("layout: process “API”: moved: (300, 100) → (310, 100)"),
                          QStringLiteral("layout: process “API”: resized: 80 × 60 → 100 × 60"),
                          QStringLiteral("layout: flow “GET /orders”: reshaped: (unset) → (150, "
                                         "130)")}));
    QVERIFY(ModelDiff::withoutLayout(changes).isEmpty());
}

void TestModelDiff::additionInsideABoundaryIsASecurityChange()
{
    Model after = base();
    Element db;
    db.id = QStringLiteral("db");
    db.kind = ElementKind::Store;
    db.name = QStringLiteral("Orders DB");
    db.bounds = {450, 250, 80, 60};
    after.diagrams[0].elements.append(db);
    Element query;
    query.id = QStringLiteral("q");
    query.kind = ElementKind::Flow;
    query.name = QStringLiteral("Query");
    query.source = QStringLiteral("client");
    query.target = QStringLiteral("db");
    after.diagrams[0].elements.append(query);
    QCOMPARE(lines(ModelDiff::compare(base(), after)),
             (QStringList{QStringLiteral("security: store “Orders DB”: now inside DMZ"),
                          QStringLiteral("security: flow “Query”: now crosses DMZ"),
                          QStringLiteral("meaning: store “Orders DB”: added (Main)"),
                          QStringLiteral("meaning: flow “Query”: added (Client → Orders DB)")}));
}

void TestModelDiff::elementEdits()
{
    Model after = base();
    Element& api = named(after, "api");
    api.name = QStringLiteral("Orders API");
    api.type = QStringLiteral("process.webApi");
    api.properties.insert(QStringLiteral("authenticates"), true);
    api.properties.insert(QStringLiteral("rateLimited"), true);
    // The client moves into the DMZ: its flow no longer crosses it.
    named(after, "client").bounds = {220, 300, 80, 60};
    QCOMPARE(
        lines(ModelDiff::withoutLayout(ModelDiff::compare(base(), after))),
        (QStringList{QStringLiteral("security: entity “Client”: now inside DMZ"),
                     QStringLiteral("security: flow “GET /orders”: no longer crosses DMZ"),
                     QStringLiteral("meaning: process “Orders API”: renamed: API → Orders API"),
                     QStringLiteral("meaning: process “Orders API”: retyped: process → "
                                    "process.webApi"),
                     QStringLiteral("meaning: process “Orders API”: authenticates: false → "
                                    "true"),
                     QStringLiteral("meaning: process “Orders API”: rateLimited: (unset) → "
                                    "true")}));
}

void TestModelDiff::registerAndCatalog()
{
    Model after = base();
    Threat& t = after.threats[0];
    t.status = ThreatStatus::Mitigated;
    t.dread = DreadScore{8, 8, 8, 8, 8};
    t.mitigations = {QStringLiteral("m-1")};
    after.mitigations[0].status = MitigationStatus::Implemented;
    Threat added;
    added.id = QStringLiteral("t-2");
    added.element = QStringLiteral("call");
    added.category = QStringLiteral("tampering");
    added.title = QStringLiteral("Order altered");
    after.threats.append(added);
    QCOMPARE(
        lines(ModelDiff::compare(base(), after)),
        (QStringList{
            QStringLiteral("security: threat “Spoofed caller [API]”: status: open → mitigated"),
            QStringLiteral("security: threat “Spoofed caller [API]”: DREAD score 5.0 → 8.0"),
            QStringLiteral("security: threat “Order altered [GET /orders]”: added (open)"),
            QStringLiteral("meaning: threat “Spoofed caller [API]”: mitigation linked: Mutual TLS"),
            QStringLiteral("meaning: mitigation “Mutual TLS”: status: proposed → implemented")}));
    // Lowering a score is no alarm; a live threat gone is.
    for (const ModelChange& c : ModelDiff::compare(after, base())) {
        if (c.change == QLatin1String("dread"))
            QCOMPARE(c.rank, ModelChange::Rank::Meaning);
        if (c.change == QLatin1String("removed") && c.subject == QLatin1String("threat"))
            QCOMPARE(c.rank, ModelChange::Rank::Security);
    }
}

void TestModelDiff::removalsAndOrder()
{
    Model after = base();
    after.diagrams[0].elements.removeLast(); // the flow
    after.mitigations.clear();
    after.owner = QStringLiteral("AppSec");
    const QVector<ModelChange> changes = ModelDiff::compare(base(), after);
    QCOMPARE(lines(changes),
             (QStringList{QStringLiteral("meaning: model: owner: (unset) → AppSec"),
                          QStringLiteral("meaning: flow “GET /orders”: removed (Main)"),
                          QStringLiteral("meaning: mitigation “Mutual TLS”: removed")}));
}

void TestModelDiff::markdownEscapesNames()
{
    Model after = base();
    named(after, "api").name = QStringLiteral("<b>*API*</b>");
    const QString md = DiffText::markdown(ModelDiff::compare(base(), after), QStringLiteral("a"),
                                          QStringLiteral("b"));
    QVERIFY2(md.contains(QStringLiteral("**&lt;b&gt;\\*API\\*&lt;/b&gt;**")), qPrintable(md));
    QVERIFY(md.startsWith(QStringLiteral("### Threat model: a → b\n")));
    QVERIFY(!md.contains(QStringLiteral("<b>")));
}

void TestModelDiff::elementOfAChange()
{
    // What the canvas marks for each change: the element itself, or the element of a threat,
    // found in the newer model or, once it is gone, in the older one; nothing for the catalog.
    const Model before = base();
    Model after = base();
    named(after, "api").name = QStringLiteral("Orders API");
    after.threats[0].status = ThreatStatus::Mitigated;
    after.mitigations[0].title = QStringLiteral("mTLS");
    QHash<QString, QString> elementOf; // "subject change" -> element
    for (const ModelChange& c : ModelDiff::compare(before, after))
        elementOf.insert(c.subject + QLatin1Char(' ') + c.change,
                         ModelDiff::elementOf(c, before, after));
    QCOMPARE(elementOf.value(QStringLiteral("process renamed")), QStringLiteral("api"));
    QCOMPARE(elementOf.value(QStringLiteral("threat status")), QStringLiteral("api"));
    QVERIFY(elementOf.contains(QStringLiteral("mitigation renamed")));
    QVERIFY(elementOf.value(QStringLiteral("mitigation renamed")).isEmpty());

    // A threat that is gone with its element still points at where that element was.
    Model removed = base();
    removed.threats.clear();
    ModelChange gone;
    gone.subject = QStringLiteral("threat");
    gone.id = QStringLiteral("t-1");
    gone.change = QStringLiteral("removed");
    QCOMPARE(ModelDiff::elementOf(gone, before, removed), QStringLiteral("api"));
    gone.id = QStringLiteral("t-none");
    QVERIFY(ModelDiff::elementOf(gone, before, removed).isEmpty());
}

void TestModelDiff::randomModels()
{
    // For generated models: a model against itself has no change; moving boxes by a few units
    // inside their clusters is layout only (or a boundary change when one leaves a region);
    // a rename is one change, whatever else moved.
    for (quint32 seed = 1; seed <= 20; ++seed) {
        const Model model = SyntheticModel::generate(200, seed);
        QVERIFY(ModelDiff::compare(model, model).isEmpty());
        QRandomGenerator random(seed);
        Model moved = model;
        int boxes = 0;
        for (Element& e : moved.diagrams[0].elements) {
            if (e.kind == ElementKind::Flow || e.kind == ElementKind::Boundary)
                continue;
            e.bounds.x += random.bounded(1, 4);
            ++boxes;
        }
        const QVector<ModelChange> changes = ModelDiff::compare(model, moved);
        int layout = 0;
        for (const ModelChange& c : changes) {
            QVERIFY2(c.rank != ModelChange::Rank::Meaning, qPrintable(DiffText::line(c)));
            layout += c.rank == ModelChange::Rank::Layout;
        }
        QCOMPARE(layout, boxes);
        Element& renamed =
            moved.diagrams[0]
                .elements[int(random.bounded(quint32(moved.diagrams[0].elements.size())))];
        renamed.name += QStringLiteral(" (renamed)");
        int meaning = 0;
        for (const ModelChange& c : ModelDiff::withoutLayout(ModelDiff::compare(model, moved)))
            meaning += c.rank == ModelChange::Rank::Meaning;
        QCOMPARE(meaning, 1);
    }
}

QTEST_GUILESS_MAIN(TestModelDiff)
#include "tst_modeldiff.moc"
