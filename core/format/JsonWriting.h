#pragma once

// Shared by the JSON writers (.tmodel, OTM, converted TMT templates): keys in the order they
// are set, text as UTF-8.

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <string>

namespace latch::jsonwriting {

using Json = nlohmann::ordered_json;

inline std::string utf8(const QString& text)
{
    return text.toStdString();
}

inline Json strings(const QStringList& list)
{
    Json array = Json::array();
    for (const QString& item : list)
        array.push_back(utf8(item));
    return array;
}

} // namespace latch::jsonwriting
