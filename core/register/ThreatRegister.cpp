#include "ThreatRegister.h"

#include "ThreatRepeats.h"
#include "engine/ThreatText.h"
#include "model/Model.h"
#include "model/ModelIndex.h"

#include <algorithm>

namespace latch {

bool ThreatRegister::isClosed(ThreatStatus status)
{
    return status != ThreatStatus::Open && status != ThreatStatus::InProgress;
}

QString ThreatRegister::readable(const QString& name)
{
    QString text = QString(name).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

bool ThreatRegister::before(const Threat& a, double keyA, const Threat& b, double keyB)
{
    if (a.obsolete != b.obsolete)
        return !a.obsolete;
    if (keyA != keyB)
        return keyA > keyB;
    if (a.category != b.category)
        return a.category < b.category;
    if (a.title != b.title)
        return a.title < b.title;
    return a.id < b.id;
}

QHash<QString, int> ThreatRegister::elementNumbers(const Model& model)
{
    QHash<QString, int> numbers;
    int next = 1;
    for (const Diagram& diagram : model.diagrams) {
        for (const Element& element : diagram.elements) {
            if (element.kind != ElementKind::Boundary && element.kind != ElementKind::Note)
                numbers.insert(element.id, next++);
        }
    }
    return numbers;
}

QString ThreatRegister::pathText(const QStringList& flowIds, const ModelIndex& index)
{
    QStringList parts;
    QString chain;
    QString end; // the target of the last flow in `chain`
    auto nameOf = [&index](const QString& id) {
        const Element* e = index.element(id);
        return e ? e->name : id;
    };
    for (const QString& id : flowIds) {
        const Element* flow = index.element(id);
        if (!flow)
            continue;
        if (!chain.isEmpty() && flow->source == end) {
            chain += QStringLiteral(" → ") + nameOf(flow->target);
        } else {
            if (!chain.isEmpty())
                parts << chain;
            chain = nameOf(flow->source) + QStringLiteral(" → ") + nameOf(flow->target);
        }
        end = flow->target;
    }
    if (!chain.isEmpty())
        parts << chain;
    return parts.join(QStringLiteral("; "));
}

ThreatRegister::ThreatRegister(const Model& model, const RegisterFilter& filter,
                               const ModelIndex* index)
    : m_numbers(elementNumbers(model))
{
    if (!index) {
        m_ownIndex = std::make_unique<ModelIndex>(model);
        index = m_ownIndex.get();
    }
    m_text = std::make_unique<ThreatText>(
        model, [index](const QString& id) { return index->element(id); });
    m_repeats = std::make_unique<ThreatRepeats>(model, index);
    QHash<QString, QString> mitigationTitles;
    for (const Mitigation& m : model.mitigations)
        mitigationTitles.insert(m.id, m.title);

    QHash<QString, const Threat*> byId;
    if (m_repeats->repeatCount() > 0) {
        for (const Threat& threat : model.threats)
            byId.insert(threat.id, &threat);
    }
    m_entries.reserve(model.threats.size());
    for (const Threat& threat : model.threats) {
        if (threat.obsolete && !filter.includeObsolete)
            continue;
        if (isClosed(threat.status) && !filter.includeClosed)
            continue;
        const QString repeatOf = m_repeats->shownAs(threat.id);
        if (!repeatOf.isEmpty() && !filter.includeRepeats)
            continue;
        RegisterEntry entry;
        entry.repeatOf = repeatOf;
        entry.threat = &threat;
        entry.element = index->element(threat.element);
        entry.elementName = entry.element ? entry.element->name : QStringLiteral("(deleted)");
        entry.elementNumber = m_numbers.value(threat.element);
        if (const Diagram* diagram = index->diagramOf(threat.element))
            entry.diagramName = diagram->name;
        for (const QString& id : threat.mitigations)
            entry.mitigationTitles << mitigationTitles.value(id, id);
        entry.band = RiskScoring::bandOf(threat, model.riskMethod);
        entry.riskKey = RiskScoring::sortKey(threat, model.riskMethod);
        for (const QString& id : m_repeats->repeatsOf(threat.id)) {
            const Threat* repeat = byId.value(id);
            const Element* on = repeat ? index->element(repeat->element) : nullptr;
            if (repeat)
                entry.repeats << QStringLiteral("%1 [%2]").arg(repeat->title,
                                                               on ? on->name : repeat->element);
        }
        entry.path = pathText(m_repeats->hopsOf(threat.id), *index);
        m_entries.append(std::move(entry));
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const RegisterEntry& a, const RegisterEntry& b) {
                  return before(*a.threat, a.riskKey, *b.threat, b.riskKey);
              });
}

ThreatRegister::~ThreatRegister() = default;

QString ThreatRegister::description(const RegisterEntry& entry) const
{
    return m_text->description(*entry.threat);
}

} // namespace latch
