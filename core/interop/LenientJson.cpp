#include "LenientJson.h"

#include <unordered_set>
#include <utility>
#include <vector>

namespace latch::lenientjson {

namespace {

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 2: "; keep what follows, which says what was wrong.
QString syntaxMessage(const char* what)
{
    const QString text = QString::fromUtf8(what);
    const qsizetype columnAt = text.indexOf(QLatin1String("column "));
    const qsizetype colon = columnAt < 0 ? -1 : text.indexOf(QLatin1String(": "), columnAt);
    return colon < 0 ? text : text.mid(colon + 2);
}

// Builds the document and refuses a key given twice in one object: JSON allows it, but in a
// model it is always a bad merge or a hand edit gone wrong.
class DocumentBuilder : public nlohmann::json_sax<Json>
{
public:
    Json root;
    std::string duplicateKey;
    std::size_t errorPosition = 0;
    std::string errorMessage;

    bool null() override { return add(nullptr) != nullptr; }
    bool boolean(bool value) override { return add(value) != nullptr; }
    bool number_integer(number_integer_t value) override { return add(value) != nullptr; }
    bool number_unsigned(number_unsigned_t value) override { return add(value) != nullptr; }
    bool number_float(number_float_t value, const string_t&) override
    {
        return add(value) != nullptr;
    }
    bool string(string_t& value) override { return add(std::move(value)) != nullptr; }
    bool binary(binary_t&) override { return false; } // not produced by the text parser

    bool start_object(std::size_t) override
    {
        m_open.push_back(add(Json::value_t::object));
        m_keys.emplace_back();
        return true;
    }
    bool key(string_t& name) override
    {
        if (!m_keys.back().insert(name).second) {
            duplicateKey = name;
            return false;
        }
        m_key = std::move(name);
        return true;
    }
    bool end_object() override
    {
        m_open.pop_back();
        m_keys.pop_back();
        return true;
    }
    bool start_array(std::size_t) override
    {
        m_open.push_back(add(Json::value_t::array));
        return true;
    }
    bool end_array() override
    {
        m_open.pop_back();
        return true;
    }
    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::json::exception& error) override
    {
        errorPosition = position;
        errorMessage = error.what();
        return false;
    }

private:
    // Pointers to the open containers stay valid: nothing is added beside a container while
    // it is open, only inside it.
    template <typename Value>
    Json* add(Value&& value)
    {
        if (m_open.empty()) {
            root = Json(std::forward<Value>(value));
            return &root;
        }
        Json* parent = m_open.back();
        if (parent->is_array()) {
            parent->emplace_back(std::forward<Value>(value));
            return &parent->back();
        }
        Json& slot = (*parent)[m_key];
        slot = Json(std::forward<Value>(value));
        return &slot;
    }

    std::vector<Json*> m_open;
    std::vector<std::unordered_set<std::string>> m_keys;
    std::string m_key;
};

} // namespace

Json parse(const QByteArray& bytes, int maximumNesting)
{
    jsontext::checkNesting(bytes, maximumNesting);
    DocumentBuilder builder;
    if (Json::sax_parse(bytes.cbegin(), bytes.cend(), &builder))
        return std::move(builder.root);
    if (!builder.duplicateKey.empty())
        jsontext::fail({},
                       QStringLiteral("key %1 appears twice in one object")
                           .arg(jsontext::quoted(QString::fromStdString(builder.duplicateKey))));
    FormatError error{QStringLiteral("JSON syntax error: ") +
                          syntaxMessage(builder.errorMessage.c_str()),
                      {},
                      0,
                      0};
    jsontext::locate(bytes, builder.errorPosition > 0 ? builder.errorPosition - 1 : 0, &error.line,
                     &error.column);
    throw FormatFailure{error};
}

} // namespace latch::lenientjson
