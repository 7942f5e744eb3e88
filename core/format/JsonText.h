#pragma once

#include "FormatError.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <string>

namespace latch {

// Thrown by the JSON helpers of core/format; each reader catches it at its API boundary and
// returns the FormatError, so no exception leaves latch_core.
struct FormatFailure
{
    FormatError error;
};

// Shared plumbing of the JSON readers (.tmodel, rule libraries): strict parsing with positions,
// and the pieces of one-line error messages.
namespace jsontext {

using Json = nlohmann::json;

// Parses JSON text, refusing nesting deeper than `maximumNesting` and any key given twice in
// one object. Throws FormatFailure with line and column.
Json parse(const QByteArray& bytes, int maximumNesting);

[[noreturn]] void fail(const QString& path, const QString& message);

QString fromUtf8(const std::string& text);
// A value quoted for a message: shortened, control characters escaped.
QString quoted(const QString& text);
// "a string", "an object", ... for "expected X, found Y" messages.
QString describe(const Json& value);
// "diagrams[0]" + "name" -> "diagrams[0].name"; "" + "version" -> "version".
QString join(const QString& path, const char* key);
QString indexed(const QString& path, std::size_t index);

} // namespace jsontext

} // namespace latch
