#pragma once

#include "model/DreadScore.h"

#include <nlohmann/json.hpp>

#include <QStringList>

namespace latch::cli {

// Pieces of the machine-readable output shared by the commands. Keys are part of the CLI
// contract: add, never rename.
namespace JsonOutput {

using Json = nlohmann::ordered_json;

Json strings(const QStringList& list);
// {"damage", "reproducibility", "exploitability", "affected_users", "discoverability"}, and
// "score" (the composite) when asked for.
Json dread(const DreadScore& score, bool withComposite);

} // namespace JsonOutput

} // namespace latch::cli
