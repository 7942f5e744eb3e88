#pragma once

#include "ElementKind.h"
#include "ThreatStatus.h"

#include <QMap>

namespace latch {

struct Model;

// Counts for `latch-cli info`, the status bar and the report summary.
// Obsolete threats are counted apart: `byStatus` covers live threats only, so the status
// counts plus `obsoleteThreats` add up to `totalThreats`.
struct ModelStatistics
{
    int diagrams = 0;
    QMap<ElementKind, int> elementsByKind;
    int totalThreats = 0;
    QMap<ThreatStatus, int> threatsByStatus;
    int obsoleteThreats = 0;
    int mitigations = 0;

    static ModelStatistics of(const Model& model);
};

} // namespace latch
