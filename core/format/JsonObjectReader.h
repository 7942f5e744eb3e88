#pragma once

#include "JsonText.h"
#include "TmodelFormat.h"
#include "model/DreadScore.h"
#include "model/IdGenerator.h"

#include <QStringList>

#include <climits>
#include <cmath>
#include <cstring>
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
        , m_pathKnown(true)
    {
        checkIsObject();
    }
    // A member of another object, or an item of one of its arrays (index >= 0): the path is
    // spelled out only if a message needs it, which keeps reading a large file cheap.
    JsonObjectReader(const Json& object, const JsonObjectReader& parent, const char* key,
                     qsizetype index = -1)
        : m_object(object)
        , m_parent(&parent)
        , m_key(key)
        , m_index(index)
    {
        checkIsObject();
    }

    const QString& path() const
    {
        if (!m_pathKnown) {
            m_path = jsontext::join(m_parent->path(), m_key);
            if (m_index >= 0)
                m_path = jsontext::indexed(m_path, std::size_t(m_index));
            m_pathKnown = true;
        }
        return m_path;
    }
    const Json& json() const { return m_object; }
    QString pathOf(const char* key) const { return jsontext::join(path(), key); }

    void allowOnly(std::initializer_list<const char*> keys) const
    {
        for (auto it = m_object.MemberBegin(); it != m_object.MemberEnd(); ++it) {
            const std::string_view name = jsontext::view(it->name);
            bool known = false;
            for (const char* key : keys)
                known = known || name == key;
            if (!known)
                jsontext::fail(path(), QStringLiteral("unknown key ") +
                                           jsontext::quoted(jsontext::fromUtf8(it->name)));
        }
    }

    const Json* find(const char* key) const
    {
        // A linear look: objects of a model have a dozen keys at most.
        const std::size_t length = std::strlen(key);
        for (auto it = m_object.MemberBegin(); it != m_object.MemberEnd(); ++it) {
            if (it->name.GetStringLength() == length &&
                std::memcmp(it->name.GetString(), key, length) == 0)
                return &it->value;
        }
        return nullptr;
    }

    const Json& require(const char* key) const
    {
        const Json* value = find(key);
        if (!value)
            jsontext::fail(path(), QStringLiteral("missing key ") +
                                       jsontext::quoted(QString::fromLatin1(key)));
        return *value;
    }

    QString string(const char* key, bool required = false) const
    {
        const Json* value = required ? &require(key) : find(key);
        if (!value)
            return {};
        if (!value->IsString())
            jsontext::fail(pathOf(key), QStringLiteral("expected a string, found ") +
                                            jsontext::describe(*value));
        return jsontext::fromUtf8(*value);
    }

    QString id(const char* key) const
    {
        const QString value = string(key, true);
        if (!IdGenerator::isAcceptable(value))
            jsontext::fail(
                pathOf(key),
                QStringLiteral("%1 is not a valid id (1 to %2 characters, no spaces)")
                    .arg(jsontext::quoted(value), QString::number(IdGenerator::maximumLength)));
        return value;
    }

    bool boolean(const char* key, bool fallback) const
    {
        const Json* value = find(key);
        if (!value)
            return fallback;
        if (!value->IsBool())
            jsontext::fail(pathOf(key), QStringLiteral("expected true or false, found ") +
                                            jsontext::describe(*value));
        return value->GetBool();
    }

    int integer(const char* key, int minimum, int maximum) const
    {
        const Json& value = require(key);
        if (!value.IsInt64() && !value.IsUint64())
            jsontext::fail(pathOf(key), QStringLiteral("expected an integer, found ") +
                                            (value.IsNumber() ? QStringLiteral("a fraction")
                                                              : jsontext::describe(value)));
        const bool inRange =
            value.IsInt64() && value.GetInt64() >= minimum && value.GetInt64() <= maximum;
        if (!inRange)
            jsontext::fail(pathOf(key), QStringLiteral("%1 is out of range (%2 to %3)")
                                            .arg(jsontext::numberText(value))
                                            .arg(minimum)
                                            .arg(maximum));
        return int(value.GetInt64());
    }

    // Coordinates are integers in the file; a hand-written 12.5 is rounded, not refused.
    int coordinate(const char* key, int minimum) const
    {
        const Json& value = require(key);
        if (value.IsInt()) { // the common case: no conversion, no rounding
            const int number = value.GetInt();
            if (number >= minimum && number <= TmodelFormat::maximumCoordinate)
                return number;
        }
        if (!value.IsNumber())
            jsontext::fail(pathOf(key),
                           QStringLiteral("expected a number, found ") + jsontext::describe(value));
        const double number = value.GetDouble();
        if (!std::isfinite(number) || number < minimum || number > TmodelFormat::maximumCoordinate)
            jsontext::fail(pathOf(key), QStringLiteral("%1 is out of range (%2 to %3)")
                                            .arg(jsontext::numberText(value))
                                            .arg(minimum)
                                            .arg(TmodelFormat::maximumCoordinate));
        return int(std::lround(number));
    }

    const Json& array(const char* key, bool required = false) const
    {
        static const Json empty(rapidjson::kArrayType);
        const Json* value = required ? &require(key) : find(key);
        if (!value)
            return empty;
        if (!value->IsArray())
            jsontext::fail(pathOf(key), QStringLiteral("expected an array, found ") +
                                            jsontext::describe(*value));
        return *value;
    }

    QStringList strings(const char* key) const
    {
        QStringList list;
        const Json& items = array(key);
        list.reserve(items.Size());
        for (rapidjson::SizeType i = 0; i < items.Size(); ++i) {
            if (!items[i].IsString())
                jsontext::fail(jsontext::indexed(pathOf(key), i),
                               QStringLiteral("expected a string, found ") +
                                   jsontext::describe(items[i]));
            list.append(jsontext::fromUtf8(items[i]));
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
    void checkIsObject() const
    {
        if (!m_object.IsObject())
            jsontext::fail(path(), QStringLiteral("expected an object, found ") +
                                       jsontext::describe(m_object));
    }

    const Json& m_object;
    const JsonObjectReader* m_parent = nullptr;
    const char* m_key = nullptr;
    qsizetype m_index = -1;
    mutable QString m_path;
    mutable bool m_pathKnown = false;
};

} // namespace latch
