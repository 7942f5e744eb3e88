#include "RegisterEdits.h"

#include "engine/ThreatText.h"
#include "model/Model.h"

namespace latch {

Threat RegisterEdits::reworded(const Threat& threat, const ThreatText& text, const QString& title,
                               const QString& description)
{
    const QString shown = text.description(threat);
    Threat result = threat;
    if (title == threat.title && description == shown)
        return result;
    result.title = title;
    result.description = description;
    if (threat.origin == ThreatOrigin::Generated)
        result.textEdited = true;
    return result;
}

std::optional<Threat> RegisterEdits::linked(const Model& model, const QString& threatId,
                                            const QString& mitigationId)
{
    const Threat* threat = model.findThreat(threatId);
    if (!threat || !model.findMitigation(mitigationId) ||
        threat->mitigations.contains(mitigationId))
        return std::nullopt;
    Threat result = *threat;
    result.mitigations.append(mitigationId);
    return result;
}

std::optional<Threat> RegisterEdits::unlinked(const Model& model, const QString& threatId,
                                              const QString& mitigationId)
{
    const Threat* threat = model.findThreat(threatId);
    if (!threat || !threat->mitigations.contains(mitigationId))
        return std::nullopt;
    Threat result = *threat;
    result.mitigations.removeAll(mitigationId);
    return result;
}

std::optional<RegisterEdits::Register> RegisterEdits::withMitigation(const Model& model,
                                                                     const Mitigation& mitigation,
                                                                     const QString& linkTo)
{
    if (mitigation.id.isEmpty() || model.findMitigation(mitigation.id) ||
        mitigation.title.trimmed().isEmpty())
        return std::nullopt;
    Register result{model.threats, model.mitigations};
    result.mitigations.append(mitigation);
    for (Threat& threat : result.threats) {
        if (threat.id == linkTo && !linkTo.isEmpty())
            threat.mitigations.append(mitigation.id);
    }
    return result;
}

std::optional<RegisterEdits::Register> RegisterEdits::withoutMitigation(const Model& model,
                                                                        const QString& mitigationId)
{
    if (!model.findMitigation(mitigationId))
        return std::nullopt;
    Register result{model.threats, model.mitigations};
    result.mitigations.removeIf([&](const Mitigation& m) { return m.id == mitigationId; });
    for (Threat& threat : result.threats) {
        if (threat.mitigations.contains(mitigationId)) // untouched threats keep shared storage
            threat.mitigations.removeAll(mitigationId);
    }
    return result;
}

std::optional<RegisterEdits::Register> RegisterEdits::purged(const Model& model, int* removed)
{
    Register result{model.threats, model.mitigations};
    const qsizetype count = result.threats.removeIf([](const Threat& t) { return t.obsolete; });
    if (removed)
        *removed = int(count);
    if (count == 0)
        return std::nullopt;
    return result;
}

std::optional<RegisterEdits::Register> RegisterEdits::withManualThreat(const Model& model,
                                                                       Threat threat)
{
    if (threat.id.isEmpty() || model.findThreat(threat.id) || threat.title.trimmed().isEmpty() ||
        !model.findElement(threat.element))
        return std::nullopt;
    threat.origin = ThreatOrigin::Manual;
    threat.rule.clear();
    threat.obsolete = false;
    Register result{model.threats, model.mitigations};
    result.threats.append(threat);
    return result;
}

} // namespace latch
