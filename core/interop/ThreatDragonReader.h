#pragma once

#include "ImportSummary.h"
#include "format/FormatError.h"
#include "model/Model.h"

#include <QByteArray>

#include <optional>

namespace latch {

// OWASP Threat Dragon models, version 2.x (diagrams of X6 cells) and 1.x (JointJS cells):
// every diagram; actors, processes, stores, flows, trust boundary boxes and curves, text;
// positions and sizes; element properties mapped onto Latch's where they mean the same
// (others are kept as "td.*" properties); and the threats with their type, status, severity,
// score, description and mitigation. A flow end that is not attached to a shape is attached
// to a shape within a few units of it, or the flow is skipped; either way the summary says so.
class ThreatDragonReader
{
public:
    static bool recognises(const QByteArray& bytes);
    static std::optional<Model> read(const QByteArray& bytes, ImportSummary* summary,
                                     FormatError* error);
};

} // namespace latch
