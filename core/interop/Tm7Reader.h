#pragma once

#include "ImportSummary.h"
#include "format/FormatError.h"
#include "model/Model.h"

#include <QByteArray>

#include <optional>

namespace latch {

// Microsoft Threat Modeling Tool models (.tm7, DataContract XML): every drawing surface,
// stencils mapped to the DFD kinds by their shape (so custom templates with GUID type ids
// work too), names, positions, every attribute (kept as "tmt.<name>" properties, with the
// stencil's TypeId as "tmt.typeId"), flows between their source and target, border and line
// boundaries, and the stored threat instances with category, state, priority and
// justification. The embedded knowledge base is skipped.
class Tm7Reader
{
public:
    static bool recognises(const QByteArray& bytes);
    static std::optional<Model> read(const QByteArray& bytes, ImportSummary* summary,
                                     FormatError* error);
};

} // namespace latch
