#pragma once

#include "merge/ModelMerge.h"

#include <QString>

#include <optional>

namespace latch {

// A model git left with its text markers (<<<<<<<, =======, >>>>>>>) because the merge driver
// was not set up. The three versions are still in git's index (stages 1, 2 and 3); this reads
// them with `git show :N:path`, never touching the work tree, and merges them as the driver
// would (ModelMerge), with the sides named as git names them during a merge or a rebase.
class ConflictedFile
{
public:
    // Whether the file's text holds git's conflict markers.
    static bool hasMarkers(const QByteArray& bytes);
    // The merge of the index's three versions of `path`; nullopt with a one-line error
    // naming the file when they cannot be read.
    static std::optional<MergeResult> merge(const QString& path, QString* error);
};

} // namespace latch
