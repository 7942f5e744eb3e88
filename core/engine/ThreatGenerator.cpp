#include "ThreatGenerator.h"

#include "EvaluationContext.h"
#include "Frameworks.h"
#include "RuleLibrary.h"
#include "Sha1.h"
#include "model/BoundaryGeometry.h"
#include "model/Model.h"
#include "model/ModelIndex.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace latch {

ThreatGenerator::ThreatGenerator(const RuleLibrary& library)
    : m_library(library)
{
}

QString ThreatGenerator::threatIdFor(const QString& ruleId, const QString& elementId)
{
    // SHA-1 over UTF-8 "rule\0element", encoded into a stack buffer: this runs once per
    // generated threat whenever a model is generated, read or written.
    QVarLengthArray<char, 512> key(4 * (ruleId.size() + elementId.size()) + 1);
    char* p = key.data();
    auto appendUtf8 = [&p](const QString& text) {
        const char16_t* s = reinterpret_cast<const char16_t*>(text.constData());
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            char32_t c = s[i];
            if (c < 0x80) {
                *p++ = char(c);
                continue;
            }
            if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1]))
                c = QChar::surrogateToUcs4(char16_t(c), s[++i]);
            if (c < 0x800) {
                *p++ = char(0xC0 | (c >> 6));
                *p++ = char(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                *p++ = char(0xE0 | (c >> 12));
                *p++ = char(0x80 | ((c >> 6) & 0x3F));
                *p++ = char(0x80 | (c & 0x3F));
            } else {
                *p++ = char(0xF0 | (c >> 18));
                *p++ = char(0x80 | ((c >> 12) & 0x3F));
                *p++ = char(0x80 | ((c >> 6) & 0x3F));
                *p++ = char(0x80 | (c & 0x3F));
            }
        }
    };
    appendUtf8(ruleId);
    *p++ = '\0';
    appendUtf8(elementId);
    const Sha1::Digest digest = Sha1::of(reinterpret_cast<const std::uint8_t*>(key.constData()),
                                         std::size_t(p - key.constData()));
    static const char hex[] = "0123456789abcdef";
    char16_t id[18] = {u't', u'-'};
    for (int i = 0; i < 8; ++i) {
        const auto byte = digest[std::size_t(i)];
        id[2 + 2 * i] = char16_t(hex[byte >> 4]);
        id[3 + 2 * i] = char16_t(hex[byte & 0x0F]);
    }
    return QString(reinterpret_cast<const QChar*>(id), 18);
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
    ++m_indexBuilds;
}

void ThreatGenerator::ensureIndex(const Model& model)
{
    // A register of another model, or one grown or shrunk behind our back, is indexed anew.
    // Not while generate() appends threats unindexed on purpose: it evaluates each element
    // once, and the positions indexed before it began stay right (rebuilding here made a
    // fresh 25k register quadratic: 105 s instead of 0.7 s).
    if (m_indexedModel == &model && !m_indexNewThreats)
        return;
    if (m_indexedModel != &model || m_indexedSize != model.threats.size())
        rebuildIndex(model);
}

const QVector<int>& ThreatGenerator::generatedThreatsOf(const Model& model,
                                                        const QString& elementId)
{
    static const QVector<int> none;
    ensureIndex(model);
    const auto it = m_byElement.constFind(elementId);
    if (it == m_byElement.cend())
        return none;
    // The index is the generator's own: every other change of the register is a wholesale
    // replacement (undo, a purge), which the owner announces with registerReplaced().
    Q_ASSERT(std::all_of(it->cbegin(), it->cend(), [&](int i) {
        return i < model.threats.size() && model.threats.at(i).element == elementId;
    }));
    return *it;
}

void ThreatGenerator::evaluate(Model& model, const Element& element,
                               const BoundaryGeometry& geometry, GenerationReport& report)
{
    ++report.evaluated;
    const QVector<const Rule*>& rules = m_library.rulesFor(element.kind);
    // Positions of the element's generated threats as they were before this evaluation:
    // threats added below are appended after them.
    const QVector<int>& indexed = generatedThreatsOf(model, element.id);
    const qsizetype existingCount = indexed.size();
    if (rules.isEmpty() && existingCount == 0)
        return;
    QVarLengthArray<int, 32> existing(indexed.cbegin(), indexed.cend());

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

    QVarLengthArray<bool, 32> kept(existingCount, false);
    for (const Rule* rule : rules) {
        // A framework the model does not use: its threats there go obsolete below, and come
        // back with their ratings when the framework is chosen again.
        if (!Frameworks::applies(rule->framework, m_frameworks))
            continue;
        if (!rule->condition->holds(context))
            continue;
        // Rendered into a reused buffer: most threats are found unchanged, and then nothing
        // is allocated for them.
        rule->title.renderInto(m_title, context);
        qsizetype found = -1;
        for (qsizetype i = 0; i < existingCount; ++i) {
            if (model.threats.at(existing[i]).rule == rule->id) {
                found = i;
                break;
            }
        }
        // A portable rule's description is rendered whenever it is shown (ThreatText), never
        // stored: only rules that a reader of the file may not have leave their text in it.
        const bool storesText = !rule->portable;
        if (storesText)
            rule->description.renderInto(m_description, context);
        else
            m_description.resize(0);
        if (found >= 0) {
            kept[found] = true;
            // Read through const access and write only on a change: the register may be shared
            // with an undo snapshot, and a write would copy all of it.
            const Threat& current = model.threats.at(existing[found]);
            const bool revive = current.obsolete;
            // Text the team reworded is theirs; the rule still owns category and references.
            const bool retitle = !current.textEdited &&
                                 (current.title != m_title || current.description != m_description);
            const bool rerender = retitle || current.category != rule->category ||
                                  current.references != rule->references;
            if (!revive && !rerender) {
                ++report.unchanged;
                continue;
            }
            Threat& threat = model.threats[existing[found]];
            if (revive) {
                threat.obsolete = false;
                ++report.revived;
            }
            if (rerender) {
                if (retitle) {
                    threat.title = m_title;
                    threat.description = m_description;
                }
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
        threat.title = m_title;
        threat.title.squeeze();
        if (storesText) {
            threat.description = m_description;
            threat.description.squeeze();
        }
        threat.references = rule->references;
        threat.dread = rule->dread;
        threat.origin = ThreatOrigin::Generated;
        model.threats.append(std::move(threat));
        if (m_indexNewThreats) {
            m_byElement[element.id].append(int(model.threats.size() - 1));
            m_indexedSize = model.threats.size();
        }
        ++report.added;
    }
    for (qsizetype i = 0; i < existingCount; ++i) {
        const Threat& threat = model.threats.at(existing[i]);
        if (kept[i] || threat.obsolete)
            continue;
        // Its rule may be one of a library that failed to load: not ours to judge.
        if (m_keepUnknownRules && !m_library.findRule(threat.rule))
            continue;
        model.threats[existing[i]].obsolete = true;
        ++report.obsoleted;
    }
}

void ThreatGenerator::obsoleteThreatsOf(Model& model, const QString& elementId,
                                        GenerationReport& report)
{
    for (int index : generatedThreatsOf(model, elementId)) {
        if (!model.threats.at(index).obsolete) {
            model.threats[index].obsolete = true;
            ++report.obsoleted;
        }
    }
}

GenerationReport ThreatGenerator::generate(Model& model)
{
    GenerationReport report;
    m_frameworks = Frameworks::maskOf(model.frameworks);
    rebuildIndex(model);
    qsizetype elements = 0;
    for (const Diagram& diagram : model.diagrams)
        elements += diagram.elements.size();
    // About five threats per element with the built-in library; growing costs more than spare.
    model.threats.reserve(model.threats.size() + 5 * elements);
    // Only a register that had generated threats can hold threats of deleted elements.
    const bool hadGenerated = !m_byElement.isEmpty();
    QSet<QString> present;
    if (hadGenerated)
        present.reserve(elements);
    // Each element is evaluated once here, so its new threats need not be indexed on the way;
    // the index is rebuilt if an update() follows.
    m_indexNewThreats = false;
    for (const Diagram& diagram : model.diagrams) {
        const BoundaryGeometry geometry(diagram);
        for (const Element& element : diagram.elements) {
            evaluate(model, element, geometry, report);
            if (hadGenerated)
                present.insert(element.id);
        }
    }
    m_indexNewThreats = true;
    if (hadGenerated) {
        const QStringList indexed = m_byElement.keys();
        for (const QString& elementId : indexed) {
            if (!present.contains(elementId))
                obsoleteThreatsOf(model, elementId, report);
        }
    }
    m_indexedModel = nullptr;
    return report;
}

GenerationReport ThreatGenerator::update(Model& model, const QStringList& changedElementIds)
{
    const ModelIndex index(model);
    return update(model, index, changedElementIds, {});
}

GenerationReport ThreatGenerator::update(Model& model, const ModelIndex& index,
                                         const QStringList& changedElementIds,
                                         const QHash<QString, Removed>& removed)
{
    GenerationReport report;
    if (changedElementIds.isEmpty())
        return report;
    m_frameworks = Frameworks::maskOf(model.frameworks);
    ensureIndex(model);

    // Per diagram: the changed elements and the flows that touch them.
    QHash<int, QVector<const Element*>> affected;
    QSet<int> boundaryChanged;
    QStringList deleted;
    auto addAffected = [&](int diagram, const Element* element) {
        QVector<const Element*>& list = affected[diagram];
        if (!list.contains(element))
            list.append(element);
    };
    for (const QString& id : changedElementIds) {
        const Element* element = index.element(id);
        if (!element) {
            deleted.append(id);
            // A deleted boundary changes crossings on its diagram; an element of which nothing
            // is known might have been one.
            const auto gone = removed.constFind(id);
            if (gone == removed.cend() || gone->diagram < 0 ||
                gone->diagram >= model.diagrams.size()) {
                for (int d = 0; d < model.diagrams.size(); ++d)
                    boundaryChanged.insert(d);
            } else if (gone->kind == ElementKind::Boundary) {
                boundaryChanged.insert(gone->diagram);
            }
            continue;
        }
        const int diagram = index.diagramIndexOf(id);
        if (element->kind == ElementKind::Boundary)
            boundaryChanged.insert(diagram);
        addAffected(diagram, element);
        for (const QString& flowId : index.flowsAt(id)) {
            if (const Element* flow = index.element(flowId))
                addAffected(index.diagramIndexOf(flowId), flow);
        }
    }

    for (int d : std::as_const(boundaryChanged))
        affected[d]; // evaluated whole below, even with nothing else changed on it
    for (auto it = affected.cbegin(); it != affected.cend(); ++it) {
        const Diagram& diagram = model.diagrams.at(it.key());
        if (boundaryChanged.contains(it.key())) {
            // Crossings and `within` may change for anything on the diagram.
            const BoundaryGeometry geometry(diagram);
            for (const Element& element : diagram.elements)
                evaluate(model, element, geometry, report);
            continue;
        }
        // A geometry of just the boundaries, the affected elements and the flows' ends.
        QVector<const Element*> subset = it.value();
        for (const Element& element : diagram.elements) {
            if (element.kind == ElementKind::Boundary)
                subset.append(&element);
        }
        for (const Element* element : it.value()) {
            if (element->kind != ElementKind::Flow)
                continue;
            for (const QString& end : {element->source, element->target}) {
                if (const Element* endpoint = index.element(end);
                    endpoint && index.diagramIndexOf(end) == it.key())
                    subset.append(endpoint);
            }
        }
        const BoundaryGeometry geometry(subset);
        for (const Element* element : it.value())
            evaluate(model, *element, geometry, report);
    }
    for (const QString& id : deleted)
        obsoleteThreatsOf(model, id, report);
    return report;
}

} // namespace latch
