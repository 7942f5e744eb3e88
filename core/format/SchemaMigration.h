#pragma once

#include <rapidjson/fwd.h>

namespace latch {

// Brings a parsed .tmodel document of an older schema version up to the current one, in memory.
// Each step is a function from version N to N+1; the file on disk is never touched.
class SchemaMigration
{
public:
    // 3: a generated threat stores only what its rule cannot give back; the reader fills the
    // rest from the rules (no change to the document is needed for version 2 files).
    // 4: a threat may say "distinct" (the team keeps it apart from the threat it repeats);
    // nothing else changed, so version 3 files need no change either.
    // 5: a model may hold the "conflicts" a three-way merge left; version 4 files have none.
    // 6: a flow may say "curved" and where its label was dragged ("label"); version 5 files
    // need no change.
    // 7: a model may choose its frameworks ("frameworks": STRIDE, LINDDUN, CIA); without the
    // key it uses STRIDE alone, as every version 6 file did.
    static constexpr int currentVersion = 7;
    static constexpr int oldestVersion = 1;

    // Applies every step from `fromVersion` to currentVersion and updates "version".
    // Expects oldestVersion <= fromVersion <= currentVersion.
    static void migrate(rapidjson::Document& document, int fromVersion);

private:
    static void fromVersion1(rapidjson::Document& document);
};

} // namespace latch
