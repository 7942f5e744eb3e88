#pragma once

#include "model/Model.h"

#include <QString>

#include <optional>

namespace latch::cli {

// Where `diff` (and later `merge`) reads a version of a model from: a file, `-` for standard
// input, or `REV:path` for a file in a git revision (read with `git show`, which never touches
// the work tree). /dev/null, as git passes for a file that does not exist on one side, is an
// empty model.
class ModelSource
{
public:
    // On failure nullopt, with a one-line `error` ("main:bank.tmodel: 12:5: …") and the exit
    // status: 2 for a source that cannot be read at all, 1 for one that is not a valid model.
    static std::optional<Model> read(const QString& spec, QString* error, int* status);
    // Whether `spec` names a git revision rather than a file.
    static bool isRevision(const QString& spec);
};

} // namespace latch::cli
