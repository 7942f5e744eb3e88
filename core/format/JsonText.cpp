#include "JsonText.h"

#include <algorithm>
#include <unordered_set>
#include <utility>
#include <vector>

namespace latch::jsontext {

void fail(const QString& path, const QString& message)
{
    throw FormatFailure{{message, path, 0, 0}};
}

QString fromUtf8(const std::string& text)
{
    return QString::fromStdString(text);
}

// Quotes a value for a message: shortened, and with control characters escaped, so that an
// error stays one readable line whatever the file holds.
QString quoted(const QString& text)
{
    constexpr int limit = 60;
    QString shown;
    for (QChar c : text.left(limit)) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            shown += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    if (text.size() > limit)
        shown += QStringLiteral("...");
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString describe(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return QStringLiteral("null");
    case Json::value_t::boolean:
        return QStringLiteral("a boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return QStringLiteral("a number");
    case Json::value_t::string:
        return QStringLiteral("a string");
    case Json::value_t::array:
        return QStringLiteral("an array");
    case Json::value_t::object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("an unsupported value");
    }
}

QString join(const QString& path, const char* key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

QString indexed(const QString& path, std::size_t index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

namespace {

void locate(const QByteArray& bytes, std::size_t offset, int* line, int* column)
{
    *line = 1;
    *column = 1;
    const auto end = std::min<std::size_t>(offset, std::size_t(bytes.size()));
    for (std::size_t i = 0; i < end; ++i) {
        if (bytes[qsizetype(i)] == '\n') {
            ++*line;
            *column = 1;
        } else {
            ++*column;
        }
    }
}

// Refuses deep nesting before the parser sees it: cheap, and it gives a position.
void checkNesting(const QByteArray& bytes, int maximumNesting)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > maximumNesting) {
                FormatError error{
                    QStringLiteral("nested deeper than %1 levels").arg(maximumNesting), {}, 0, 0};
                locate(bytes, std::size_t(i), &error.line, &error.column);
                throw FormatFailure{error};
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
}

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
// model file it is always a bad merge or a hand edit gone wrong. (nlohmann's own callback
// parser could check keys too, but its end_object rescans the parent array: quadratic.)
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

Json parseDocument(const QByteArray& bytes)
{
    DocumentBuilder builder;
    if (Json::sax_parse(bytes.cbegin(), bytes.cend(), &builder))
        return std::move(builder.root);
    if (!builder.duplicateKey.empty())
        fail({}, QStringLiteral("key %1 appears twice in one object")
                     .arg(quoted(fromUtf8(builder.duplicateKey))));
    FormatError error{QStringLiteral("JSON syntax error: ") +
                          syntaxMessage(builder.errorMessage.c_str()),
                      {},
                      0,
                      0};
    locate(bytes, builder.errorPosition > 0 ? builder.errorPosition - 1 : 0, &error.line,
           &error.column);
    throw FormatFailure{error};
}

} // namespace

Json parse(const QByteArray& bytes, int maximumNesting)
{
    checkNesting(bytes, maximumNesting);
    return parseDocument(bytes);
}

} // namespace latch::jsontext
