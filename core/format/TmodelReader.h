#pragma once

#include "FormatError.h"

#include <QByteArray>

#include <optional>

namespace latch {

struct Model;

// Reads .tmodel text into a Model, migrating older schema versions in memory. Accepts any valid
// layout, not only the canonical one, and checks everything: types, kinds, unknown keys,
// duplicate ids, dangling references, sizes. Never throws; a failure comes back as one
// FormatError naming the place.
class TmodelReader
{
public:
    static std::optional<Model> read(const QByteArray& bytes, FormatError* error);
};

} // namespace latch
