#pragma once

#include "DreadScore.h"
#include "ThreatStatus.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace latch {

enum class ThreatOrigin
{
    Generated,
    Manual
};

// One entry of the threat register. A generated threat is identified by (rule, element):
// regeneration finds it again and keeps what the team wrote.
struct Threat
{
    QString id;
    QString rule; // empty for a manual threat
    QString element;
    QString category; // see ThreatCategory
    QString title;
    QString description;
    QStringList references; // "API1:2023", "CWE-639", "CAPEC-122"
    std::optional<DreadScore> dread;
    std::optional<RiskRating> risk;
    ThreatStatus status = ThreatStatus::Open;
    QString justification;
    QStringList mitigations; // mitigation ids
    ThreatOrigin origin = ThreatOrigin::Manual;
    // The team reworded a generated threat: regeneration keeps its title and description.
    bool textEdited = false;
    // The team keeps this generated threat apart even though it repeats another one
    // (ThreatRepeats would fold it into that one).
    bool distinct = false;
    bool obsolete = false;

    friend bool operator==(const Threat& a, const Threat& b);
    friend bool operator!=(const Threat& a, const Threat& b) { return !(a == b); }
};

} // namespace latch

// Plain values: Qt containers may move them with memcpy when they grow.
Q_DECLARE_TYPEINFO(latch::Threat, Q_RELOCATABLE_TYPE);
