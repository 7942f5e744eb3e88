#include "ModelStatistics.h"

#include "Model.h"

namespace latch {

ModelStatistics ModelStatistics::of(const Model& model)
{
    ModelStatistics stats;
    stats.diagrams = int(model.diagrams.size());
    for (ElementKind kind : allElementKinds)
        stats.elementsByKind.insert(kind, 0);
    for (ThreatStatus status : allThreatStatuses)
        stats.threatsByStatus.insert(status, 0);

    for (const Diagram& diagram : model.diagrams) {
        for (const Element& element : diagram.elements)
            ++stats.elementsByKind[element.kind];
    }
    stats.totalThreats = int(model.threats.size());
    for (const Threat& threat : model.threats) {
        if (threat.obsolete)
            ++stats.obsoleteThreats;
        else
            ++stats.threatsByStatus[threat.status];
    }
    stats.mitigations = int(model.mitigations.size());
    return stats;
}

} // namespace latch
