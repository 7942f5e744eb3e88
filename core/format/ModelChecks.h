#pragma once

#include "FormatError.h"

#include <optional>

namespace latch {

struct Model;

// What makes a model one that Latch reads: ids valid and unique, references that resolve,
// geometry and sizes within the format's limits (TmodelFormat), well-formed names and ratings.
// The reader applies these checks to every file it reads, and every writer of a model file
// before it replaces one, so Latch never writes a file it would then refuse. The place of a
// problem is the path it has in the file ("diagrams[0].elements[4].target").
class ModelChecks
{
public:
    static std::optional<FormatError> firstProblem(const Model& model);
};

} // namespace latch
