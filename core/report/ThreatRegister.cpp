#include "ThreatRegister.h"

#include "engine/ThreatText.h"
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

ThreatRegister::ThreatRegister(const Model& model, const ReportOptions& options)
{
    int next = 1;
    for (const Diagram& diagram : model.diagrams) {
        for (const Element& element : diagram.elements) {
            if (element.kind != ElementKind::Boundary && element.kind != ElementKind::Note)
                m_numbers.insert(element.id, next++);
        }
    }
    const ModelIndex index(model);
    const ThreatText text(model, [&index](const QString& id) { return index.element(id); });
    QHash<QString, QString> mitigationTitles;
    for (const Mitigation& m : model.mitigations)
        mitigationTitles.insert(m.id, m.title);

    for (const Threat& threat : model.threats) {
        if (threat.obsolete && !options.includeObsolete)
            continue;
        if (isClosed(threat.status) && !options.includeClosed)
            continue;
        RegisterEntry entry;
        entry.threat = &threat;
        entry.description = text.description(threat);
        const Element* element = index.element(threat.element);
        entry.elementName = element ? element->name : QStringLiteral("(deleted)");
        entry.elementNumber = m_numbers.value(threat.element);
        if (const Diagram* diagram = index.diagramOf(threat.element))
            entry.diagramName = diagram->name;
        for (const QString& id : threat.mitigations)
            entry.mitigationTitles << mitigationTitles.value(id, id);
        entry.band = RiskScoring::bandOf(threat, model.riskMethod);
        entry.riskKey = RiskScoring::sortKey(threat, model.riskMethod);
        m_entries.append(entry);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const RegisterEntry& a, const RegisterEntry& b) {
                         if (a.riskKey != b.riskKey)
                             return a.riskKey > b.riskKey;
                         if (a.threat->category != b.threat->category)
                             return a.threat->category < b.threat->category;
                         if (a.threat->title != b.threat->title)
                             return a.threat->title < b.threat->title;
                         return a.threat->id < b.threat->id;
                     });
}

} // namespace latch
