#pragma once

#include "JsonText.h"
#include "TmodelFormat.h"
#include "model/DreadScore.h"
#include "model/IdGenerator.h"

#include <QStringList>

#include <climits>
#include <cmath>
#include <initializer_list>

namespace latch {

// Reads the members of one JSON object, naming the exact place in every error
// ("diagrams[0].elements[3].source: expected a string, found a number"). Failures throw
// FormatFailure (see JsonText.h).
class JsonObjectReader
{
public:
    using Json = jsontext::Json;

    JsonObjectReader(const Json& object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {
        if (!object.is_object())
            jsontext::fail(m_path, QStringLiteral("expected an object, found ") +
                                       jsontext::describe(object));
    }

    const QString& path() const { return m_path; }
    const Json& json() const { return m_object; }
    QString pathOf(const char* key) const { return jsontext::join(m_path, key); }

    void allowOnly(std::initializer_list<const char*> keys) const
    {
        for (auto it = m_object.cbegin(); it != m_object.cend(); ++it) {
            bool known = false;
            for (const char* key : keys)
                known = known || it.key() == key;
            if (!known)
                jsontext::fail(m_path, QStringLiteral("unknown key ") +
                                           jsontext::quoted(jsontext::fromUtf8(it.key())));
        }
    }

    const Json* find(const char* key) const
    {
        auto it = m_object.find(key);
        return it == m_object.end() ? nullptr : &*it;
    }

    const Json& require(const char* key) const
    {
        const Json* value = find(key);
        if (!value)
            jsontext::fail(m_path, QStringLiteral("missing key ") +
                                       jsontext::quoted(QString::fromLatin1(key)));
        return *value;
    }

    QString string(const char* key, bool required = false) const
    {
        const Json* value = required ? &require(key) : find(key);
        if (!value)
            return {};
        if (!value->is_string())
            jsontext::fail(pathOf(key), QStringLiteral("expected a string, found ") +
                                            jsontext::describe(*value));
        return jsontext::fromUtf8(value->get<std::string>());
    }

    QString id(const char* key) const
    {
        const QString value = string(key, true);
        if (!IdGenerator::isAcceptable(value))
            jsontext::fail(pathOf(key),
                           QStringLiteral("%1 is not a valid id (1 to %2 characters, no spaces)")
                               .arg(jsontext::quoted(value))
                               .arg(IdGenerator::maximumLength));
        return value;
    }

    bool boolean(const char* key, bool fallback) const
    {
        const Json* value = find(key);
        if (!value)
            return fallback;
        if (!value->is_boolean())
            jsontext::fail(pathOf(key), QStringLiteral("expected true or false, found ") +
                                            jsontext::describe(*value));
        return value->get<bool>();
    }

    int integer(const char* key, int minimum, int maximum) const
    {
        const Json& value = require(key);
        if (!value.is_number_integer())
            jsontext::fail(pathOf(key), QStringLiteral("expected an integer, found ") +
                                            jsontext::describe(value));
        const bool huge = value.is_number_unsigned() && value.get<unsigned long long>() > INT_MAX;
        const auto number = value.get<long long>();
        if (huge || number < minimum || number > maximum)
            jsontext::fail(pathOf(key), QStringLiteral("%1 is out of range (%2 to %3)")
                                            .arg(QString::fromStdString(value.dump()))
                                            .arg(minimum)
                                            .arg(maximum));
        return int(number);
    }

    // Coordinates are integers in the file; a hand-written 12.5 is rounded, not refused.
    int coordinate(const char* key, int minimum) const
    {
        const Json& value = require(key);
        return coordinateValue(value, pathOf(key), minimum);
    }

    static int coordinateValue(const Json& value, const QString& path, int minimum)
    {
        if (!value.is_number())
            jsontext::fail(path,
                           QStringLiteral("expected a number, found ") + jsontext::describe(value));
        const double number = value.get<double>();
        if (!std::isfinite(number) || number < minimum || number > TmodelFormat::maximumCoordinate)
            jsontext::fail(path, QStringLiteral("%1 is out of range (%2 to %3)")
                                     .arg(QString::fromStdString(value.dump()))
                                     .arg(minimum)
                                     .arg(TmodelFormat::maximumCoordinate));
        return int(std::lround(number));
    }

    const Json& array(const char* key, bool required = false) const
    {
        static const Json empty = Json::array();
        const Json* value = required ? &require(key) : find(key);
        if (!value)
            return empty;
        if (!value->is_array())
            jsontext::fail(pathOf(key), QStringLiteral("expected an array, found ") +
                                            jsontext::describe(*value));
        return *value;
    }

    QStringList strings(const char* key) const
    {
        QStringList list;
        const Json& items = array(key);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!items[i].is_string())
                jsontext::fail(jsontext::indexed(pathOf(key), i),
                               QStringLiteral("expected a string, found ") +
                                   jsontext::describe(items[i]));
            list.append(jsontext::fromUtf8(items[i].get<std::string>()));
        }
        return list;
    }

    // The five DREAD ratings of this object, each an integer 1..10; no other keys allowed.
    DreadScore dreadScore() const
    {
        allowOnly(
            {"damage", "reproducibility", "exploitability", "affectedUsers", "discoverability"});
        const int lo = DreadScore::minimum;
        const int hi = DreadScore::maximum;
        return DreadScore{integer("damage", lo, hi), integer("reproducibility", lo, hi),
                          integer("exploitability", lo, hi), integer("affectedUsers", lo, hi),
                          integer("discoverability", lo, hi)};
    }

private:
    const Json& m_object;
    QString m_path;
};

} // namespace latch
