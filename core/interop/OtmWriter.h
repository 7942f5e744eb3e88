#pragma once

#include <QByteArray>
#include <QStringList>

namespace latch {

struct Model;

// A model as Open Threat Model (OTM 0.2.0) JSON: region boundaries as trust zones, entities,
// processes and stores as components in their innermost zone, flows as dataflows, each threat
// as an OTM threat attached to its component or dataflow, the catalog as mitigations. Other
// tools read the standard fields; what OTM has no place for (element kinds and properties,
// line boundaries, notes, DREAD, statuses, justifications) goes into "latch.*" attributes, so
// that OtmReader gives the same model back.
class OtmWriter
{
public:
    static constexpr const char* version = "0.2.0";
    // `warnings` receives what could not be written (obsolete threats of deleted elements).
    static QByteArray write(const Model& model, QStringList* warnings = nullptr);
};

} // namespace latch
