#include "JsonStreamWriter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace latch {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// Bytes that a JSON string cannot hold as they are.
inline bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

void appendEscaped(QByteArray& out, unsigned char c)
{
    switch (c) {
    case '"':
        out.append("\\\"", 2);
        return;
    case '\\':
        out.append("\\\\", 2);
        return;
    case '\b':
        out.append("\\b", 2);
        return;
    case '\f':
        out.append("\\f", 2);
        return;
    case '\n':
        out.append("\\n", 2);
        return;
    case '\r':
        out.append("\\r", 2);
        return;
    case '\t':
        out.append("\\t", 2);
        return;
    default: {
        const char u[6] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xF]};
        out.append(u, 6);
    }
    }
}

// Length of the valid UTF-8 sequence at `s` (1 to 4), or 0 when it is not valid.
int validSequence(const unsigned char* s, std::size_t left)
{
    const unsigned char c = s[0];
    auto continuation = [&](std::size_t i) { return i < left && (s[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return continuation(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!continuation(1) || !continuation(2))
            return 0;
        if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F))
            return 0; // overlong, or a UTF-16 surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!continuation(1) || !continuation(2) || !continuation(3))
            return 0;
        if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

JsonStreamWriter::JsonStreamWriter(QByteArray& out, int indent)
    : m_out(out)
    , m_indent(indent)
{
}

void JsonStreamWriter::appendString(QByteArray& out, const QString& text)
{
    // Encoded through a buffer on the stack, appended a piece at a time: one call for the
    // names and titles that make up most of a model file.
    constexpr qsizetype piece = 256;
    char buffer[6 * piece + 8];
    char* p = buffer;
    *p++ = '"';
    const char16_t* s = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p - buffer > 6 * (piece - 1)) {
            out.append(buffer, p - buffer);
            p = buffer;
        }
        char32_t c = s[i];
        if (c < 0x80) {
            if (!needsEscape(static_cast<unsigned char>(c))) {
                *p++ = char(c);
                continue;
            }
            char escape = 0;
            switch (c) {
            case '"':
                escape = '"';
                break;
            case '\\':
                escape = '\\';
                break;
            case '\b':
                escape = 'b';
                break;
            case '\f':
                escape = 'f';
                break;
            case '\n':
                escape = 'n';
                break;
            case '\r':
                escape = 'r';
                break;
            case '\t':
                escape = 't';
                break;
            default:
                break;
            }
            *p++ = '\\';
            if (escape) {
                *p++ = escape;
            } else {
                const char u[5] = {'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xF]};
                std::memcpy(p, u, 5);
                p += 5;
            }
            continue;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            const bool pair = c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF;
            c = pair ? 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00) : 0xFFFD;
        }
        if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        } else {
            *p++ = char(0xF0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3F));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        }
    }
    *p++ = '"';
    out.append(buffer, p - buffer);
}

void JsonStreamWriter::appendString(QByteArray& out, std::string_view utf8)
{
    out.append('"');
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    std::size_t run = 0; // start of bytes to copy as they are
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            if (needsEscape(c)) {
                out.append(utf8.data() + run, qsizetype(i - run));
                appendEscaped(out, c);
                run = i + 1;
            }
            ++i;
            continue;
        }
        const int length = validSequence(s + i, n - i);
        if (length == 0) {
            // Not UTF-8: replaced, never written through to break the file.
            out.append(utf8.data() + run, qsizetype(i - run));
            out.append("\xEF\xBF\xBD", 3);
            run = ++i;
            continue;
        }
        i += std::size_t(length);
    }
    out.append(utf8.data() + run, qsizetype(n - run));
    out.append('"');
}

// The separator before a member or an item: a comma unless it is the first, then the line
// break and the indentation, in one append (this runs for every value of a large file).
void JsonStreamWriter::separate()
{
    static constexpr char text[] =
        ",\n                                                                                "
        "                                                                                ";
    constexpr qsizetype room = sizeof text - 3;
    const bool comma = m_filled.back();
    m_filled.back() = true;
    if (m_indent <= 0) {
        if (comma)
            m_out.append(',');
        return;
    }
    const qsizetype spaces = m_filled.size() * m_indent;
    if (spaces <= room) {
        m_out.append(text + (comma ? 0 : 1), (comma ? 2 : 1) + spaces);
        return;
    }
    m_out.append(text + (comma ? 0 : 1), comma ? 2 : 1);
    m_out.append(QByteArray(spaces, ' '));
}

void JsonStreamWriter::newline()
{
    if (m_indent <= 0)
        return;
    m_out.append('\n');
    m_out.append(QByteArray(m_filled.size() * m_indent, ' '));
}

void JsonStreamWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_filled.isEmpty())
        return; // the document's root
    separate();
}

void JsonStreamWriter::key(std::string_view name)
{
    separate();
    // Keys are the format's own words: plain ASCII goes out in one piece.
    char buffer[64];
    const bool plain =
        name.size() + 4 <= sizeof buffer && std::all_of(name.begin(), name.end(), [](char c) {
            return c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
        });
    if (plain) {
        buffer[0] = '"';
        std::memcpy(buffer + 1, name.data(), name.size());
        qsizetype length = qsizetype(name.size()) + 1;
        buffer[length++] = '"';
        buffer[length++] = ':';
        if (m_indent > 0)
            buffer[length++] = ' ';
        m_out.append(buffer, length);
    } else {
        appendString(m_out, name);
        m_out.append(m_indent > 0 ? ": " : ":");
    }
    m_afterKey = true;
}

void JsonStreamWriter::open(char bracket)
{
    beforeValue();
    m_out.append(bracket);
    m_filled.append(false);
}

void JsonStreamWriter::close(char bracket)
{
    const bool filled = m_filled.back();
    m_filled.removeLast();
    if (filled)
        newline();
    m_out.append(bracket);
}

void JsonStreamWriter::beginObject()
{
    open('{');
}

void JsonStreamWriter::endObject()
{
    close('}');
}

void JsonStreamWriter::beginArray()
{
    open('[');
}

void JsonStreamWriter::endArray()
{
    close(']');
}

void JsonStreamWriter::value(const QString& text)
{
    beforeValue();
    appendString(m_out, text);
}

void JsonStreamWriter::value(std::string_view utf8)
{
    beforeValue();
    appendString(m_out, utf8);
}

void JsonStreamWriter::value(bool flag)
{
    beforeValue();
    m_out.append(flag ? "true" : "false");
}

void JsonStreamWriter::value(qint64 number)
{
    beforeValue();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, result.ptr - digits);
}

void JsonStreamWriter::value(double number)
{
    beforeValue();
    // nlohmann's shortest round-trip form ("0.5", "1e+20", "3.0"), so that files read the
    // same whichever writer wrote them; rare enough not to need a faster path.
    m_out.append(nlohmann::json(number).dump());
}

void JsonStreamWriter::unsignedValue(quint64 number)
{
    beforeValue();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, result.ptr - digits);
}

void JsonStreamWriter::null()
{
    beforeValue();
    m_out.append("null");
}

void JsonStreamWriter::value(const nlohmann::json& json)
{
    switch (json.type()) {
    case nlohmann::json::value_t::object:
        beginObject();
        for (auto it = json.cbegin(); it != json.cend(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        return;
    case nlohmann::json::value_t::array:
        beginArray();
        for (const auto& item : json)
            value(item);
        endArray();
        return;
    case nlohmann::json::value_t::string:
        value(std::string_view(json.get_ref<const std::string&>()));
        return;
    case nlohmann::json::value_t::boolean:
        value(json.get<bool>());
        return;
    case nlohmann::json::value_t::number_integer:
        value(qint64(json.get<std::int64_t>()));
        return;
    case nlohmann::json::value_t::number_unsigned:
        unsignedValue(json.get<std::uint64_t>());
        return;
    case nlohmann::json::value_t::number_float:
        value(json.get<double>());
        return;
    default:
        null();
    }
}

} // namespace latch
