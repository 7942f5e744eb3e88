#pragma once

#include "model/Model.h"

#include <QString>

namespace latch {

enum class RiskBand
{
    Unscored,
    Low,
    Medium,
    High,
    Critical
};

// The one place that turns scores into bands, so the canvas badges, the threat list, the
// report and the CLI always agree.
//   DREAD composite (mean of five 1..10 scores): low < 4 <= medium < 6 <= high < 8 <= critical
//   likelihood x impact (each 1..5, product 1..25): low <= 4 < medium <= 9 < high <= 16 < critical
class RiskScoring
{
public:
    static RiskBand bandOfDread(double composite);
    static RiskBand bandOfMatrix(int product);
    // The band of a threat under the model's method; Unscored when it has no score.
    static RiskBand bandOf(const Threat& threat, RiskMethod method);
    // A 0..10 figure for sorting by risk under either method (0 when unscored).
    static double sortKey(const Threat& threat, RiskMethod method);
    // The score as a reader sees it: "8.6" (the DREAD mean), "3 × 4" (likelihood × impact);
    // empty when unscored.
    static QString scoreText(const Threat& threat, RiskMethod method);
    // "DREAD", "likelihood × impact": the method as the exports name it (untranslated).
    static QString methodText(RiskMethod method);

    static QString bandName(RiskBand band); // "low", "medium", "high", "critical", "unscored"
};

} // namespace latch
