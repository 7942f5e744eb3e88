#include "RiskSummary.h"

namespace latch {

bool RiskSummary::isUnresolved(const Threat& threat)
{
    return !threat.obsolete &&
           (threat.status == ThreatStatus::Open || threat.status == ThreatStatus::InProgress);
}

RiskSummary RiskSummary::of(const Model& model)
{
    RiskSummary summary;
    for (const Threat& threat : model.threats) {
        if (!isUnresolved(threat))
            continue;
        const RiskBand band = RiskScoring::bandOf(threat, model.riskMethod);
        ElementRisk& risk = summary.m_byElement[threat.element];
        ++risk.unresolved;
        // The enum runs from Unscored up to Critical, so the highest band is the largest.
        risk.highest = std::max(risk.highest, band);
        ++summary.m_byBand[band];
        ++summary.m_unresolved;
    }
    return summary;
}

} // namespace latch
