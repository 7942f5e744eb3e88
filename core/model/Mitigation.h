#pragma once

#include <QString>

#include <optional>

namespace latch {

enum class MitigationStatus
{
    Proposed,
    Implemented,
    Verified
};

QString mitigationStatusName(MitigationStatus status);
std::optional<MitigationStatus> mitigationStatusFromName(const QString& name);

// A countermeasure in the model's catalog. Linked many-to-many with threats (the threat holds
// the links): one rate limit mitigates several threats.
struct Mitigation
{
    QString id;
    QString title;
    QString description;
    MitigationStatus status = MitigationStatus::Proposed;

    friend bool operator==(const Mitigation& a, const Mitigation& b)
    {
        return a.id == b.id && a.title == b.title && a.description == b.description &&
               a.status == b.status;
    }
    friend bool operator!=(const Mitigation& a, const Mitigation& b) { return !(a == b); }
};

} // namespace latch

// Plain values: Qt containers may move them with memcpy when they grow.
Q_DECLARE_TYPEINFO(latch::Mitigation, Q_RELOCATABLE_TYPE);
