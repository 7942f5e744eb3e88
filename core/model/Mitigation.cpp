#include "Mitigation.h"

namespace latch {

QString mitigationStatusName(MitigationStatus status)
{
    switch (status) {
    case MitigationStatus::Proposed:
        return QStringLiteral("proposed");
    case MitigationStatus::Implemented:
        return QStringLiteral("implemented");
    case MitigationStatus::Verified:
        return QStringLiteral("verified");
    }
    return {};
}

std::optional<MitigationStatus> mitigationStatusFromName(const QString& name)
{
    for (auto status :
         {MitigationStatus::Proposed, MitigationStatus::Implemented, MitigationStatus::Verified}) {
        if (mitigationStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

} // namespace latch
