#pragma once

#include <QString>

#include <optional>

namespace latch {

// What the team decided about a threat.
enum class ThreatStatus
{
    Open,
    InProgress,
    Mitigated,
    Accepted,
    NotApplicable,
    Transferred
};

inline constexpr ThreatStatus allThreatStatuses[] = {
    ThreatStatus::Open,     ThreatStatus::InProgress,    ThreatStatus::Mitigated,
    ThreatStatus::Accepted, ThreatStatus::NotApplicable, ThreatStatus::Transferred};

// "open", "in_progress", ... as in files and JSON output.
QString threatStatusName(ThreatStatus status);
std::optional<ThreatStatus> threatStatusFromName(const QString& name);

} // namespace latch
