#include "ModelLinter.h"

#include "Frameworks.h"
#include "RuleLibrary.h"
#include "merge/ConflictText.h"
#include "model/BoundaryGeometry.h"
#include "model/Model.h"
#include "model/ModelIndex.h"

#include <QHash>
#include <QSet>

namespace latch {

namespace {

class Linter
{
public:
    Linter(const Model& model, const RuleLibrary& library)
        : m_model(model)
        , m_index(model)
        , m_library(library)
    {
    }

    QVector<LintFinding> run()
    {
        for (qsizetype d = 0; d < m_model.diagrams.size(); ++d)
            lintDiagram(m_model.diagrams.at(d), d);
        lintRegister();
        // A merge's leftovers come first in importance but last in the file; lint fails on them.
        for (qsizetype i = 0; i < m_model.conflicts.size(); ++i)
            add(QStringLiteral("conflicts[%1]").arg(i),
                QStringLiteral("unresolved merge conflict: ") +
                    ConflictText::describe(m_model, m_model.conflicts.at(i)));
        return m_findings;
    }

private:
    void add(const QString& place, const QString& message) { m_findings.append({place, message}); }

    static QString elementPlace(qsizetype diagram, qsizetype index, const Element& e)
    {
        return QStringLiteral("diagrams[%1].elements[%2] \"%3\"")
            .arg(diagram)
            .arg(index)
            .arg(e.name);
    }

    void lintDiagram(const Diagram& diagram, qsizetype d)
    {
        const BoundaryGeometry geometry(diagram);
        int boundaries = 0;
        int nodes = 0;
        for (const Element& e : diagram.elements) {
            boundaries += e.kind == ElementKind::Boundary;
            nodes += canBeFlowEndpoint(e.kind);
        }
        QSet<QString> names;
        for (qsizetype i = 0; i < diagram.elements.size(); ++i) {
            const Element& e = diagram.elements.at(i);
            const QString place = elementPlace(d, i, e);
            if (e.name.trimmed().isEmpty())
                add(place, QStringLiteral("the %1 has no name").arg(elementKindName(e.kind)));
            if (canBeFlowEndpoint(e.kind)) {
                if (m_index.flowsAt(e.id).isEmpty())
                    add(place, QStringLiteral("not connected to any flow"));
                const QString key = elementKindName(e.kind) + QLatin1Char('/') + e.name.trimmed();
                if (!e.name.trimmed().isEmpty() && names.contains(key))
                    add(place, QStringLiteral("another %1 on this diagram has the same name")
                                   .arg(elementKindName(e.kind)));
                names.insert(key);
            }
            if (e.kind == ElementKind::Flow)
                lintFlow(e, place, geometry);
            if (e.isRegionBoundary() && !enclosesAnything(diagram, e, geometry))
                add(place, QStringLiteral("the boundary encloses no element"));
            lintProperties(e, place);
        }
        if (boundaries == 0 && nodes >= 2)
            add(QStringLiteral("diagrams[%1] \"%2\"").arg(d).arg(diagram.name),
                QStringLiteral("no trust boundary: mark where trust changes"));
    }

    static bool enclosesAnything(const Diagram& diagram, const Element& region,
                                 const BoundaryGeometry& geometry)
    {
        for (const Element& e : diagram.elements) {
            if (canBeFlowEndpoint(e.kind) && geometry.regionsAround(e).contains(region.id))
                return true;
        }
        return false;
    }

    // A person operating a client app (an entity) is a normal interaction to draw.
    bool isPerson(const Element& entity) const
    {
        return entity.properties.value(QStringLiteral("human")).toBool() ||
               m_library.types().isA(entity, QStringLiteral("entity.human"));
    }

    void lintFlow(const Element& flow, const QString& place, const BoundaryGeometry& geometry)
    {
        if (flow.source == flow.target) {
            add(place, QStringLiteral("the flow starts and ends at the same element"));
            return;
        }
        const Element* source = geometry.element(flow.source);
        const Element* target = geometry.element(flow.target);
        if (!source || !target)
            return;
        const auto is = [](const Element* e, ElementKind kind) { return e->kind == kind; };
        if (is(source, ElementKind::Store) && is(target, ElementKind::Store))
            add(place, QStringLiteral("data moves between two stores with no process between"));
        else if (is(source, ElementKind::Entity) && is(target, ElementKind::Entity) &&
                 !isPerson(*source) && !isPerson(*target))
            add(place, QStringLiteral("a flow between two external entities is outside the "
                                      "system; draw the process that carries it"));
        else if ((is(source, ElementKind::Entity) && is(target, ElementKind::Store)) ||
                 (is(source, ElementKind::Store) && is(target, ElementKind::Entity)))
            add(place, QStringLiteral("an external entity reaches a store directly; draw the "
                                      "process in between"));
    }

    void lintProperties(const Element& e, const QString& place)
    {
        const TypeRegistry& types = m_library.types();
        const QString type = e.effectiveType();
        if (!types.find(type)) {
            add(place, QStringLiteral("type \"%1\" is not defined by the rule library").arg(type));
            return;
        }
        const QVector<PropertySchema> schema = types.propertiesOf(e);
        for (auto it = e.properties.cbegin(); it != e.properties.cend(); ++it) {
            auto p = std::find_if(schema.cbegin(), schema.cend(),
                                  [&](const PropertySchema& s) { return s.name == it.key(); });
            if (p == schema.cend()) {
                add(place,
                    QStringLiteral("property \"%1\" is not defined for %2").arg(it.key(), type));
                continue;
            }
            // Set for a framework the model does not use: no rule reads it.
            if (!Frameworks::applies(p->framework, Frameworks::maskOf(m_model.frameworks)) &&
                it.value() != p->defaultValue)
                add(place,
                    QStringLiteral("property \"%1\" is read by %2, which the model does not use")
                        .arg(it.key(), Frameworks::displayName(Frameworks::nameOf(p->framework))));
            const int id = it.value().typeId();
            const bool isText = id == QMetaType::QString;
            const bool isBool = id == QMetaType::Bool;
            bool ok = true;
            switch (p->type) {
            case PropertySchema::Type::Bool:
                ok = isBool;
                break;
            case PropertySchema::Type::Enum:
                ok = isText && p->values.contains(it.value().toString());
                break;
            case PropertySchema::Type::String:
                ok = isText;
                break;
            case PropertySchema::Type::Number:
                ok = !isText && !isBool;
                break;
            }
            if (!ok) {
                QString expected = PropertySchema::typeName(p->type);
                if (p->type == PropertySchema::Type::Enum)
                    expected = QStringLiteral("one of ") + p->values.join(QStringLiteral(", "));
                add(place, QStringLiteral("property \"%1\" should be %2").arg(it.key(), expected));
            }
        }
    }

    void lintRegister()
    {
        QSet<QString> linked;
        for (qsizetype i = 0; i < m_model.threats.size(); ++i) {
            const Threat& t = m_model.threats.at(i);
            const QString place = QStringLiteral("threats[%1] \"%2\"").arg(i).arg(t.title);
            for (const QString& m : t.mitigations)
                linked.insert(m);
            if (t.obsolete)
                continue;
            const bool decided = t.status == ThreatStatus::Accepted ||
                                 t.status == ThreatStatus::NotApplicable ||
                                 t.status == ThreatStatus::Transferred;
            if (decided && t.justification.trimmed().isEmpty())
                add(place,
                    QStringLiteral("%1 without a justification").arg(threatStatusName(t.status)));
            if (t.status == ThreatStatus::Mitigated && t.mitigations.isEmpty())
                add(place, QStringLiteral("mitigated, but no mitigation is linked"));
        }
        for (qsizetype i = 0; i < m_model.mitigations.size(); ++i) {
            const Mitigation& m = m_model.mitigations.at(i);
            if (!linked.contains(m.id))
                add(QStringLiteral("mitigations[%1] \"%2\"").arg(i).arg(m.title),
                    QStringLiteral("not linked to any threat"));
        }
    }

    const Model& m_model;
    const ModelIndex m_index; // flows at an element
    const RuleLibrary& m_library;
    QVector<LintFinding> m_findings;
};

} // namespace

QVector<LintFinding> ModelLinter::lint(const Model& model, const RuleLibrary& library)
{
    return Linter(model, library).run();
}

} // namespace latch
