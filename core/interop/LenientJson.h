#pragma once

// Reading other tools' JSON: a missing key, a null and a value of the wrong type all read as
// "not there", so one odd field never stops an import. Structural problems are the readers'
// to report.

#include "ImportBuilder.h"
#include "format/JsonText.h"
#include "format/TmodelFormat.h"

#include <nlohmann/json.hpp>

#include <functional>

#include <initializer_list>
#include <string_view>

namespace latch::lenientjson {

using Json = nlohmann::json;

// Parses another tool's JSON with the .tmodel limits (nesting, no key given twice); throws
// FormatFailure with the position.
Json parse(const QByteArray& bytes, int maximumNesting);

inline const Json* member(const Json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

// Follows a path of keys ("0" takes an array's first item); nullptr when a step is missing.
inline const Json* dig(const Json& object, std::initializer_list<const char*> path)
{
    const Json* at = &object;
    for (const char* key : path) {
        if (at->is_array() && key == std::string_view("0"))
            at = at->empty() ? nullptr : &(*at)[0];
        else
            at = member(*at, key);
        if (!at)
            return nullptr;
    }
    return at;
}

inline QString text(const Json* value)
{
    if (!value)
        return {};
    if (value->is_string())
        return QString::fromStdString(value->get<std::string>());
    if (value->is_number())
        return QString::number(value->get<double>());
    return {};
}

inline QString text(const Json& object, const char* key)
{
    return text(member(object, key));
}

inline bool flag(const Json& object, const char* key)
{
    const Json* value = member(object, key);
    return value && value->is_boolean() && value->get<bool>();
}

inline double number(const Json& object, const char* key, double fallback = 0.0)
{
    const Json* value = member(object, key);
    return value && value->is_number() ? value->get<double>() : fallback;
}

inline const Json& arrayOr(const Json& object, const char* key)
{
    static const Json empty = Json::array();
    const Json* value = member(object, key);
    return value && value->is_array() ? *value : empty;
}

// Parses a JSON import with the .tmodel limits, hands the root object to `read`, and turns a
// FormatFailure into the error; the summary is filled when a model results.
inline std::optional<Model> importJson(const QByteArray& bytes, ImportBuilder& builder,
                                       const QString& notAnObject, ImportSummary* summary,
                                       FormatError* error,
                                       const std::function<void(const Json&)>& read)
{
    try {
        const Json root = parse(bytes, TmodelFormat::maximumNesting);
        if (!root.is_object())
            jsontext::fail(QString(), notAnObject);
        read(root);
    } catch (const FormatFailure& failure) {
        if (error)
            *error = failure.error;
        return std::nullopt;
    }
    auto model = builder.finish(error);
    if (model && summary)
        *summary = builder.summary();
    return model;
}

} // namespace latch::lenientjson
