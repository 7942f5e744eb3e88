#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace latch {

class ModelIndex;
struct Model;
struct Threat;

// Which threats of a register repeat another one, so that each weakness is shown once. Worked
// out from the register as it is, never stored; only the team's "keep apart" is (Threat::distinct).
//
// A live generated threat repeats
// - a threat on the same element, in the same category, that names its rule's weakness
//   (Rule::weakness): a manual threat listing it among its references, or a generated threat
//   of a rule with the same weakness that comes first in its library; or
// - the same rule's threat with the same title on the flow just before it on a request path,
//   for a rule with a weakness (a hop: this flow starts where that one ends, and no other such
//   flow ends there), so that a check every hop fails is reported once, on the first hop, with
//   the hops listed.
// Obsolete threats and threats the team keeps apart take no part. A repeat of a repeat folds
// into the first: each group has one threat that is shown.
class ThreatRepeats
{
public:
    // With the caller's index when it keeps one; otherwise its own.
    explicit ThreatRepeats(const Model& model, const ModelIndex* index = nullptr);

    // The threat shown in place of `threatId`, or empty when it is shown itself.
    QString shownAs(const QString& threatId) const { return m_shownAs.value(threatId); }
    bool isRepeat(const QString& threatId) const { return m_shownAs.contains(threatId); }
    // The ids of the threats folded into a shown one: the hops first, in path order.
    QStringList repeatsOf(const QString& shownId) const { return m_repeats.value(shownId); }
    // The flows of a weakness reported on a chain, from the first hop on (the shown threat's
    // element first); empty when the threat stands for no chain.
    QStringList hopsOf(const QString& shownId) const { return m_hops.value(shownId); }
    int repeatCount() const { return int(m_shownAs.size()); }

    friend bool operator==(const ThreatRepeats& a, const ThreatRepeats& b)
    {
        return a.m_shownAs == b.m_shownAs && a.m_repeats == b.m_repeats && a.m_hops == b.m_hops;
    }
    friend bool operator!=(const ThreatRepeats& a, const ThreatRepeats& b) { return !(a == b); }

private:
    QHash<QString, QString> m_shownAs;
    QHash<QString, QStringList> m_repeats;
    QHash<QString, QStringList> m_hops;
};

} // namespace latch
