#include "ThreatStatus.h"

namespace latch {

QString threatStatusName(ThreatStatus status)
{
    switch (status) {
    case ThreatStatus::Open:
        return QStringLiteral("open");
    case ThreatStatus::InProgress:
        return QStringLiteral("in_progress");
    case ThreatStatus::Mitigated:
        return QStringLiteral("mitigated");
    case ThreatStatus::Accepted:
        return QStringLiteral("accepted");
    case ThreatStatus::NotApplicable:
        return QStringLiteral("not_applicable");
    case ThreatStatus::Transferred:
        return QStringLiteral("transferred");
    }
    return {};
}

std::optional<ThreatStatus> threatStatusFromName(const QString& name)
{
    for (ThreatStatus status : allThreatStatuses) {
        if (threatStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

} // namespace latch
