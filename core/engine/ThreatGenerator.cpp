#include "ThreatGenerator.h"

#include "EvaluationContext.h"
#include "RuleLibrary.h"
#include "model/BoundaryGeometry.h"
#include "model/Model.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace latch {

namespace {

// Below this many changed ids, plain comparisons beat hashing every flow's ends.
constexpr qsizetype smallChangeSet = 8;

class IdMatcher
{
public:
    explicit IdMatcher(const QStringList& ids)
        : m_list(ids)
    {
        if (ids.size() > smallChangeSet)
            m_set = QSet<QString>(ids.cbegin(), ids.cend());
    }

    bool contains(const QString& id) const
    {
        return m_list.size() > smallChangeSet ? m_set.contains(id) : m_list.contains(id);
    }

private:
    const QStringList& m_list;
    QSet<QString> m_set;
};

} // namespace

ThreatGenerator::ThreatGenerator(const RuleLibrary& library)
    : m_library(library)
{
}

QString ThreatGenerator::threatIdFor(const QString& ruleId, const QString& elementId)
{
    const QByteArray key = ruleId.toUtf8() + '\0' + elementId.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha1);
    return QStringLiteral("t-") + QString::fromLatin1(digest.toHex().left(16));
}

void ThreatGenerator::rebuildIndex(const Model& model)
{
    m_byElement.clear();
    m_byElement.reserve(model.threats.size() / 4 + 1);
    for (qsizetype i = 0; i < model.threats.size(); ++i) {
        const Threat& threat = model.threats.at(i);
        if (threat.origin == ThreatOrigin::Generated)
            m_byElement[threat.element].append(int(i));
    }
    m_indexedModel = &model;
    m_indexedSize = model.threats.size();
}

void ThreatGenerator::ensureIndex(const Model& model)
{
    // Cheap staleness checks; generatedThreatsOf() verifies each entry it hands out as well.
    if (m_indexedModel != &model || m_indexedSize != model.threats.size())
        rebuildIndex(model);
}

QVector<int> ThreatGenerator::generatedThreatsOf(const Model& model, const QString& elementId)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QVector<int> indexes = m_byElement.value(elementId);
        const bool valid = std::all_of(indexes.cbegin(), indexes.cend(), [&](int i) {
            return i < model.threats.size() && model.threats.at(i).element == elementId &&
                   model.threats.at(i).origin == ThreatOrigin::Generated;
        });
        if (valid)
            return indexes;
        rebuildIndex(model); // the register was edited behind our back
    }
    return {};
}

void ThreatGenerator::evaluate(Model& model, const Element& element,
                               const BoundaryGeometry& geometry, GenerationReport& report)
{
    ++report.evaluated;
    const QVector<const Rule*>& rules = m_library.rulesFor(element.kind);
    const QVector<int> existing = generatedThreatsOf(model, element.id);
    if (rules.isEmpty() && existing.isEmpty())
        return;

    EvaluationContext context;
    context.types = &m_library.types();
    context.element = &element;
    if (element.kind == ElementKind::Flow) {
        context.flow = &element;
        context.source = geometry.element(element.source);
        context.target = geometry.element(element.target);
        context.crossings = geometry.crossingBoundaries(element);
    }
    context.regionsAround = [&geometry](const Element& e) {
        return geometry.regionBoundariesAround(e);
    };

    QVector<bool> kept(existing.size(), false);
    for (const Rule* rule : rules) {
        if (!rule->condition->holds(context))
            continue;
        const QString title = rule->title.render(context);
        const QString description = rule->description.render(context);
        qsizetype found = -1;
        for (qsizetype i = 0; i < existing.size(); ++i) {
            if (model.threats.at(existing.at(i)).rule == rule->id) {
                found = i;
                break;
            }
        }
        if (found >= 0) {
            kept[found] = true;
            Threat& threat = model.threats[existing.at(found)];
            if (threat.obsolete) {
                threat.obsolete = false;
                ++report.revived;
            }
            if (threat.title != title || threat.description != description ||
                threat.category != rule->category || threat.references != rule->references) {
                threat.title = title;
                threat.description = description;
                threat.category = rule->category;
                threat.references = rule->references;
                ++report.updated;
            } else {
                ++report.unchanged;
            }
            continue;
        }
        Threat threat;
        threat.id = threatIdFor(rule->id, element.id);
        threat.rule = rule->id;
        threat.element = element.id;
        threat.category = rule->category;
        threat.title = title;
        threat.description = description;
        threat.references = rule->references;
        threat.dread = rule->dread;
        threat.origin = ThreatOrigin::Generated;
        model.threats.append(std::move(threat));
        m_byElement[element.id].append(int(model.threats.size() - 1));
        m_indexedSize = model.threats.size();
        ++report.added;
    }
    for (qsizetype i = 0; i < existing.size(); ++i) {
        Threat& threat = model.threats[existing.at(i)];
        if (!kept.at(i) && !threat.obsolete) {
            threat.obsolete = true;
            ++report.obsoleted;
        }
    }
}

void ThreatGenerator::obsoleteThreatsOf(Model& model, const QString& elementId,
                                        GenerationReport& report)
{
    for (int index : generatedThreatsOf(model, elementId)) {
        Threat& threat = model.threats[index];
        if (!threat.obsolete) {
            threat.obsolete = true;
            ++report.obsoleted;
        }
    }
}

GenerationReport ThreatGenerator::generate(Model& model)
{
    GenerationReport report;
    rebuildIndex(model);
    QSet<QString> present;
    for (const Diagram& diagram : model.diagrams) {
        const BoundaryGeometry geometry(diagram);
        for (const Element& element : diagram.elements) {
            evaluate(model, element, geometry, report);
            present.insert(element.id);
        }
    }
    // Threats of elements that no longer exist.
    const QStringList indexed = m_byElement.keys();
    for (const QString& elementId : indexed) {
        if (!present.contains(elementId))
            obsoleteThreatsOf(model, elementId, report);
    }
    return report;
}

GenerationReport ThreatGenerator::update(Model& model, const QStringList& changedElementIds)
{
    GenerationReport report;
    if (changedElementIds.isEmpty())
        return report;
    ensureIndex(model);
    const IdMatcher changed(changedElementIds);
    QSet<QString> found;

    for (const Diagram& diagram : model.diagrams) {
        // One pass: the changed elements, whether a boundary is among them, the flows that
        // touch them. Endpoints and boundaries are collected for a geometry of just these.
        QVector<const Element*> affected;
        QVector<const Element*> boundaries;
        bool boundaryChanged = false;
        for (const Element& element : diagram.elements) {
            const bool isChanged = changed.contains(element.id);
            if (isChanged) {
                found.insert(element.id);
                boundaryChanged = boundaryChanged || element.kind == ElementKind::Boundary;
            }
            if (element.kind == ElementKind::Boundary)
                boundaries.append(&element);
            if (isChanged ||
                (element.kind == ElementKind::Flow &&
                 (changed.contains(element.source) || changed.contains(element.target))))
                affected.append(&element);
        }
        if (affected.isEmpty())
            continue;
        if (boundaryChanged) {
            // Crossings and `within` may change for anything on the diagram.
            const BoundaryGeometry geometry(diagram);
            for (const Element& element : diagram.elements)
                evaluate(model, element, geometry, report);
            continue;
        }
        QSet<QString> endpointIds;
        for (const Element* element : affected) {
            if (element->kind == ElementKind::Flow) {
                endpointIds.insert(element->source);
                endpointIds.insert(element->target);
            }
        }
        QVector<const Element*> subset = boundaries + affected;
        if (!endpointIds.isEmpty()) {
            for (const Element& element : diagram.elements) {
                if (element.kind != ElementKind::Flow && endpointIds.contains(element.id))
                    subset.append(&element);
            }
        }
        const BoundaryGeometry geometry(subset);
        for (const Element* element : affected)
            evaluate(model, *element, geometry, report);
    }
    for (const QString& id : changedElementIds) {
        if (!found.contains(id))
            obsoleteThreatsOf(model, id, report); // deleted
    }
    return report;
}

} // namespace latch
