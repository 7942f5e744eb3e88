#include "ThreatRegister.h"

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
    QHash<QString, QString> mitigationTitles;
    for (const Mitigation& m : model.mitigations)
        mitigationTitles.insert(m.id, m.title);

    m_entries.reserve(model.threats.size());
    for (const Threat& threat : model.threats) {
        if (threat.obsolete && !filter.includeObsolete)
            continue;
        if (isClosed(threat.status) && !filter.includeClosed)
            continue;
        RegisterEntry entry;
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
