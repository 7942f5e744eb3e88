#pragma once

#include "FormatError.h"

#include <rapidjson/document.h>

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace latch {

// Thrown by the JSON helpers of core/format; each reader catches it at its API boundary and
// returns the FormatError, so no exception leaves latch_core.
struct FormatFailure
{
    FormatError error;
};

// Shared plumbing of the strict JSON readers (.tmodel, rule libraries): fast parsing with
// positions (RapidJSON: a model file is read at several hundred MB/s), and the pieces of
// one-line error messages.
namespace jsontext {

using Json = rapidjson::Value;
using Document = rapidjson::Document;

// Parses JSON text, refusing nesting deeper than `maximumNesting`, text that is not UTF-8 and
// any key given twice in one object. Throws FormatFailure with line and column (for syntax) or
// the path of the object (for a repeated key).
std::unique_ptr<Document> parse(const QByteArray& bytes, int maximumNesting);

[[noreturn]] void fail(const QString& path, const QString& message);

QString fromUtf8(const std::string& text);
QString fromUtf8(const Json& string);
std::string_view view(const Json& string);
// A value quoted for a message: shortened, control characters escaped.
QString quoted(const QString& text);
// "a string", "an object", ... for "expected X, found Y" messages.
QString describe(const Json& value);
// A number as the file wrote it, near enough for a message ("12", "2.5").
QString numberText(const Json& number);
// "diagrams[0]" + "name" -> "diagrams[0].name"; "" + "version" -> "version".
QString join(const QString& path, const char* key);
QString indexed(const QString& path, std::size_t index);
// Compact JSON with the keys of every object sorted: a stable text for a subtree (a rule
// library inside a model) whatever order its writer used.
QByteArray canonicalText(const Json& value);
// Throws FormatFailure, with the position, at the first bracket nested deeper than allowed.
void checkNesting(const QByteArray& bytes, int maximumNesting);
// Line and column (1-based) of a byte offset.
void locate(const QByteArray& bytes, std::size_t offset, int* line, int* column);

} // namespace jsontext

} // namespace latch
