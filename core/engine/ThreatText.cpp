#include "ThreatText.h"

#include "EvaluationContext.h"
#include "RuleLibrary.h"
#include "RuleLibraryLoader.h"
#include "model/BoundaryGeometry.h"
#include "model/Model.h"
#include "model/ModelIndex.h"

#include <QCoreApplication>

#include <optional>

namespace latch {

ThreatText::ThreatText(const Model& model)
    : m_model(model)
    , m_library(RuleLibraryLoader::portable(model.embeddedLibrary))
    , m_ownIndex(std::make_unique<ModelIndex>(model))
{
    m_lookup = [index = m_ownIndex.get()](const QString& id) { return index->element(id); };
}

ThreatText::ThreatText(const Model& model, ElementLookup lookup)
    : m_model(model)
    , m_library(RuleLibraryLoader::portable(model.embeddedLibrary))
    , m_lookup(std::move(lookup))
{
}

ThreatText::~ThreatText() = default;

bool ThreatText::isRendered(const Threat& threat)
{
    return threat.origin == ThreatOrigin::Generated && !threat.textEdited &&
           threat.description.isEmpty();
}

int ThreatText::dropRendered(Model& model)
{
    QVector<qsizetype> candidates;
    for (qsizetype i = 0; i < model.threats.size(); ++i) {
        const Threat& t = model.threats.at(i);
        if (t.origin == ThreatOrigin::Generated && !t.textEdited && !t.description.isEmpty())
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return 0;
    const ThreatText text(model);
    QVector<qsizetype> same;
    for (qsizetype i : std::as_const(candidates)) {
        const Threat& t = model.threats.at(i);
        const Rule* rule = text.m_library->findRule(t.rule);
        if (rule && text.render(rule->description, t) == t.description)
            same.append(i);
    }
    for (qsizetype i : std::as_const(same))
        model.threats[i].description.clear();
    return int(same.size());
}

QString ThreatText::description(const Threat& threat) const
{
    if (!isRendered(threat))
        return threat.description;
    const Rule* rule = m_library->findRule(threat.rule);
    return rule ? render(rule->description, threat) : QString();
}

const Rule* ThreatText::rule(const Threat& threat) const
{
    return m_library->findRule(threat.rule);
}

QString ThreatText::render(const TextTemplate& text, const Threat& threat) const
{
    const Element* element = m_lookup(threat.element);
    // An obsolete threat may outlive its element; its text still reads, naming what is gone.
    std::optional<Element> deleted;
    if (!element) {
        deleted.emplace();
        deleted->id = threat.element;
        deleted->name = QCoreApplication::translate("latch::ThreatText", "(deleted element)");
    }
    EvaluationContext context;
    context.types = &m_library->types();
    context.element = element ? element : &*deleted;
    if (element && element->kind == ElementKind::Flow) {
        context.flow = element;
        context.source = m_lookup(element->source);
        context.target = m_lookup(element->target);
        if (text.needsCrossings()) {
            for (const Diagram& diagram : m_model.diagrams) {
                if (diagram.findElement(element->id)) {
                    context.crossings = BoundaryGeometry(diagram).crossingBoundaries(*element);
                    break;
                }
            }
        }
    }
    return text.render(context);
}

} // namespace latch
