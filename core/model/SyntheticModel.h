#pragma once

#include <QtGlobal>

namespace latch {

struct Model;

// Builds large, plausible models for benchmarks and `latch-cli generate`: clusters of an
// entity, processes and stores inside a trust-boundary region, linked by flows within the
// cluster and across to the neighbouring cluster. The same size and seed give the same model.
class SyntheticModel
{
public:
    static Model generate(int elementCount, quint32 seed = 1);
};

} // namespace latch
