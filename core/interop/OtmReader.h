#pragma once

#include "ImportSummary.h"
#include "format/FormatError.h"
#include "model/Model.h"

#include <QByteArray>

#include <optional>

namespace latch {

// Open Threat Model (OTM 0.2) JSON: trust zones as region boundaries, components as external
// entities, processes or stores (by their type's words, or Latch's own attribute), dataflows
// as flows, threats attached to components and dataflows, and mitigations. Positions come from
// the first representation that has them; components without one are laid out in a grid in
// their zone. A file written by OtmWriter comes back as the model it was written from.
class OtmReader
{
public:
    static bool recognises(const QByteArray& bytes);
    static std::optional<Model> read(const QByteArray& bytes, ImportSummary* summary,
                                     FormatError* error);
};

} // namespace latch
