// The register the editor keeps by incremental regeneration equals a full regeneration, field
// for field, after every edit of long random sequences on random models with the built-in
// library: add, delete (with attached flows), move (across boundaries too), resize a boundary,
// reconnect a flow, retype, change properties from the schemas, undo and redo. The seed of a
// failing sequence is printed; LATCH_PROPERTY_SEED=N replays one.
#include "Document.h"
#include "commands/AddElementsCommand.h"
#include "commands/EditElementCommand.h"
#include "commands/MoveElementsCommand.h"
#include "commands/RemoveElementsCommand.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "model/IdGenerator.h"
#include "model/SyntheticModel.h"

#include <QRandomGenerator>
#include <QTest>

using namespace latch;

namespace {

class RandomEdits
{
public:
    RandomEdits(Document& document, quint32 seed)
        : m_document(document)
        , m_random(seed)
    {
    }

    // One edit; returns what it did, for the failure message.
    QString step()
    {
        const Diagram& diagram = m_document.model().diagrams.first();
        QUndoStack* stack = m_document.undoStack();
        const int choice = int(m_random.bounded(100));
        if (choice < 8 && stack->canUndo()) {
            stack->undo();
            return QStringLiteral("undo");
        }
        if (choice < 12 && stack->canRedo()) {
            stack->redo();
            return QStringLiteral("redo");
        }
        if (diagram.elements.isEmpty() || choice < 22)
            return add(diagram);
        const Element& e = diagram.elements.at(m_random.bounded(int(diagram.elements.size())));
        if (choice < 32)
            return remove(diagram, e);
        if (choice < 50 && e.kind != ElementKind::Flow && !e.isLineBoundary()) {
            // Far enough to leave or enter a boundary now and then.
            const int dx = int(m_random.bounded(-600, 600));
            const int dy = int(m_random.bounded(-400, 400));
            stack->push(new MoveElementsCommand(&m_document, {e.id}, dx, dy,
                                                MoveElementsCommand::nextDrag()));
            return QStringLiteral("move %1 by %2,%3").arg(e.id).arg(dx).arg(dy);
        }
        Element changed = e;
        if (choice < 58 && e.isRegionBoundary()) {
            changed.bounds.width = std::max(40, e.bounds.width + int(m_random.bounded(-400, 400)));
            changed.bounds.height =
                std::max(30, e.bounds.height + int(m_random.bounded(-300, 300)));
            return edit(changed, QStringLiteral("resize boundary %1").arg(e.id));
        }
        if (choice < 66 && e.kind == ElementKind::Flow) {
            const QVector<const Element*> shapes = shapesOf(diagram);
            const Element* end = shapes.at(m_random.bounded(int(shapes.size())));
            (m_random.bounded(2) ? changed.source : changed.target) = end->id;
            if (changed.source == changed.target)
                return QStringLiteral("(no reconnect)");
            return edit(changed, QStringLiteral("reconnect %1").arg(e.id));
        }
        if (choice < 74) {
            const QStringList types = typesOf(e.kind);
            changed.type = types.at(m_random.bounded(int(types.size())));
            return edit(changed, QStringLiteral("retype %1 as %2").arg(e.id, changed.type));
        }
        const QVector<PropertySchema> schemas =
            m_document.library().types().propertiesOf(e.effectiveType());
        if (schemas.isEmpty())
            return QStringLiteral("(no property)");
        const PropertySchema& p = schemas.at(m_random.bounded(int(schemas.size())));
        changed.properties.insert(p.name, randomValue(p));
        return edit(changed, QStringLiteral("set %1.%2").arg(e.id, p.name));
    }

private:
    QString edit(const Element& changed, const QString& what)
    {
        m_document.undoStack()->push(new EditElementCommand(&m_document, changed, what));
        return what;
    }

    QString add(const Diagram& diagram)
    {
        Element e;
        e.id = IdGenerator::newId(IdKind::Element);
        const QVector<const Element*> shapes = shapesOf(diagram);
        const int kind = int(m_random.bounded(5));
        if (kind == 4 && shapes.size() >= 2) {
            e.kind = ElementKind::Flow;
            e.source = shapes.at(m_random.bounded(int(shapes.size())))->id;
            do {
                e.target = shapes.at(m_random.bounded(int(shapes.size())))->id;
            } while (e.target == e.source);
        } else {
            const ElementKind kinds[] = {ElementKind::Entity, ElementKind::Process,
                                         ElementKind::Store, ElementKind::Boundary};
            e.kind = kinds[std::min(kind, 3)];
            e.bounds = {int(m_random.bounded(-200, 3000)), int(m_random.bounded(-200, 2000)),
                        e.kind == ElementKind::Boundary ? 600 : 120,
                        e.kind == ElementKind::Boundary ? 400 : 80};
        }
        e.type = elementKindName(e.kind);
        e.name = QStringLiteral("Added %1").arg(++m_added);
        m_document.undoStack()->push(
            new AddElementsCommand(&m_document, diagram.id, {e}, QStringLiteral("Add")));
        return QStringLiteral("add %1 %2").arg(elementKindName(e.kind), e.id);
    }

    QString remove(const Diagram& diagram, const Element& e)
    {
        QStringList ids{e.id};
        for (const QString& flow : m_document.index().flowsAt(e.id))
            ids << flow;
        const QString what = QStringLiteral("delete %1 (%2 with flows)").arg(e.id).arg(ids.size());
        m_document.undoStack()->push(
            new RemoveElementsCommand(&m_document, diagram.id, ids, QStringLiteral("Delete")));
        return what;
    }

    static QVector<const Element*> shapesOf(const Diagram& diagram)
    {
        QVector<const Element*> shapes;
        for (const Element& e : diagram.elements) {
            if (canBeFlowEndpoint(e.kind))
                shapes.append(&e);
        }
        return shapes;
    }

    QStringList typesOf(ElementKind kind) const
    {
        const TypeRegistry& types = m_document.library().types();
        QStringList result;
        for (const QString& id : types.ids()) {
            if (types.isA(id, elementKindName(kind)))
                result << id;
        }
        return result;
    }

    QVariant randomValue(const PropertySchema& p)
    {
        switch (p.type) {
        case PropertySchema::Type::Bool:
            return bool(m_random.bounded(2));
        case PropertySchema::Type::Enum:
            return p.values.at(m_random.bounded(int(p.values.size())));
        case PropertySchema::Type::Number:
            return double(m_random.bounded(100));
        case PropertySchema::Type::String:
            return QStringLiteral("value %1").arg(m_random.bounded(5));
        }
        return {};
    }

    Document& m_document;
    QRandomGenerator m_random;
    int m_added = 0;
};

// Full regeneration of a copy changes nothing when the incremental register is right.
QString differenceFromFull(const Document& document)
{
    Model full = document.model();
    const GenerationReport report = ThreatGenerator(document.library()).generate(full);
    if (!report.changedModel() && full.threats == document.model().threats)
        return {};
    for (qsizetype i = 0; i < full.threats.size(); ++i) {
        const Threat& want = full.threats.at(i);
        const Threat* have = document.model().findThreat(want.id);
        if (!have)
            return QStringLiteral("missing %1 (%2 on %3)").arg(want.id, want.rule, want.element);
        if (*have != want)
            return QStringLiteral("differs: %1 (%2 on %3, obsolete %4 vs %5, title \"%6\" vs "
                                  "\"%7\")")
                .arg(want.id, want.rule, want.element)
                .arg(have->obsolete)
                .arg(want.obsolete)
                .arg(have->title, want.title);
    }
    return QStringLiteral("%1 added, %2 updated, %3 revived, %4 obsoleted by a full run")
        .arg(report.added)
        .arg(report.updated)
        .arg(report.revived)
        .arg(report.obsoleted);
}

} // namespace

class TestIncrementalRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomEditsMatchFullRegeneration();
};

void TestIncrementalRegister::randomEditsMatchFullRegeneration()
{
    QList<quint32> seeds{11, 23, 37, 51, 64};
    if (qEnvironmentVariableIsSet("LATCH_PROPERTY_SEED"))
        seeds = {quint32(qEnvironmentVariableIntValue("LATCH_PROPERTY_SEED"))};
    int edits = 0;
    for (quint32 seed : seeds) {
        // A model of clusters in boundaries, about 150 elements, with its register.
        Model model = SyntheticModel::generate(150, seed);
        ThreatGenerator(RuleLibraryLoader::standard(nullptr)).generate(model);
        Document document(model);
        QVERIFY(document.model().threats.size() > 100);
        RandomEdits random(document, seed);
        QStringList done;
        for (int i = 0; i < 450; ++i) {
            done << random.step();
            ++edits;
            const QString difference = differenceFromFull(document);
            if (!difference.isEmpty())
                QFAIL(qPrintable(
                    QStringLiteral("seed %1, edit %2: %3 after: %4")
                        .arg(seed)
                        .arg(i)
                        .arg(difference, done.mid(std::max(0, i - 5)).join(QStringLiteral("; ")))));
        }
    }
    QVERIFY(edits >= 2000 || seeds.size() == 1);
}

QTEST_GUILESS_MAIN(TestIncrementalRegister)
#include "tst_incrementalregister.moc"
