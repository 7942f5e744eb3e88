#pragma once

#include "RiskScoring.h"

#include <QHash>
#include <QMap>
#include <QString>

namespace latch {

// What still needs attention on one element: its unresolved threats and the worst of them.
struct ElementRisk
{
    int unresolved = 0;
    RiskBand highest = RiskBand::Unscored;
};

// The unresolved part of a register, per element and per band: what the canvas badges, the
// status bar and the report summary show. A threat is unresolved while it is open or in
// progress and not obsolete; mitigated, accepted, transferred and not-applicable threats are
// decisions already taken.
class RiskSummary
{
public:
    static RiskSummary of(const Model& model);
    static bool isUnresolved(const Threat& threat);

    ElementRisk forElement(const QString& elementId) const { return m_byElement.value(elementId); }
    int unresolvedIn(RiskBand band) const { return m_byBand.value(band); }
    int unresolved() const { return m_unresolved; }
    const QHash<QString, ElementRisk>& byElement() const { return m_byElement; }

private:
    QHash<QString, ElementRisk> m_byElement;
    QMap<RiskBand, int> m_byBand;
    int m_unresolved = 0;
};

} // namespace latch
