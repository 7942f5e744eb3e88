#include "JsonStreamWriter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace latch {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// Bytes that a JSON string cannot hold as they are.
inline bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

// Room for `n` more bytes at the end of `out`, its size unchanged: the writer encodes straight
// into it and then settles the new end. QByteArray::append costs a hundred instructions a call,
// and a large file makes millions of them.
inline char* room(QByteArray& out, qsizetype n)
{
    auto& d = out.data_ptr();
    if (d.needsDetach() || d.freeSpaceAtEnd() < n + 1)
        out.reserve(std::max(out.size() + n + 1, 2 * out.capacity()));
    return out.data_ptr().data() + out.size();
}

// Makes `end` (inside the room asked for) the end of `out`, terminated as QByteArray keeps it.
inline void settle(QByteArray& out, char* end)
{
    auto& d = out.data_ptr();
    d.size = end - d.data();
    *end = '\0';
}

inline void put(QByteArray& out, const char* bytes, qsizetype n)
{
    char* p = room(out, n);
    std::memcpy(p, bytes, std::size_t(n));
    settle(out, p + n);
}

// Writes the escape of an ASCII byte that needsEscape() at `p`; returns the new end.
char* escapeAt(char* p, unsigned char c)
{
    *p++ = '\\';
    switch (c) {
    case '"':
        *p++ = '"';
        return p;
    case '\\':
        *p++ = '\\';
        return p;
    case '\b':
        *p++ = 'b';
        return p;
    case '\f':
        *p++ = 'f';
        return p;
    case '\n':
        *p++ = 'n';
        return p;
    case '\r':
        *p++ = 'r';
        return p;
    case '\t':
        *p++ = 't';
        return p;
    default: {
        const char u[5] = {'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xF]};
        std::memcpy(p, u, 5);
        return p + 5;
    }
    }
}

void appendEscaped(QByteArray& out, unsigned char c)
{
    char* p = room(out, 6);
    settle(out, escapeAt(p, c));
}

// UTF-16 of s[i, stop) as JSON string content at `p` (six bytes a unit at most); a surrogate
// pair that starts before `stop` is taken whole, so `i` may end one past it. Returns the end.
char* encodeUtf16(char* p, const char16_t* s, qsizetype& i, qsizetype stop, qsizetype n)
{
    while (i < stop) {
#if defined(__SSE2__)
        // Eight units at a time while they are printable ASCII that needs no escape: most of
        // every file (ids, names, English text).
        const __m128i space = _mm_set1_epi16(0x20);
        const __m128i tilde = _mm_set1_epi16(0x7F);
        const __m128i quote = _mm_set1_epi16('"');
        const __m128i backslash = _mm_set1_epi16('\\');
        while (i + 8 <= stop) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
            // Signed compares: units of 0x8000 and above are negative, so below the space.
            const __m128i bad = _mm_or_si128(
                _mm_or_si128(_mm_cmplt_epi16(units, space), _mm_cmpgt_epi16(units, tilde)),
                _mm_or_si128(_mm_cmpeq_epi16(units, quote), _mm_cmpeq_epi16(units, backslash)));
            if (_mm_movemask_epi8(bad) != 0)
                break;
            _mm_storel_epi64(reinterpret_cast<__m128i*>(p), _mm_packus_epi16(units, units));
            p += 8;
            i += 8;
        }
        if (i >= stop)
            break;
#endif
        char32_t c = s[i++];
        if (c < 0x80) {
            if (needsEscape(static_cast<unsigned char>(c)))
                p = escapeAt(p, static_cast<unsigned char>(c));
            else
                *p++ = char(c);
            continue;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            const bool pair = c <= 0xDBFF && i < n && s[i] >= 0xDC00 && s[i] <= 0xDFFF;
            c = pair ? 0x10000 + ((c - 0xD800) << 10) + (s[i++] - 0xDC00) : 0xFFFD;
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
    return p;
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
    // Encoded straight into the output a piece at a time, so that a long text asks for room
    // of six bytes a unit only for its piece.
    constexpr qsizetype piece = 1024;
    const char16_t* s = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype n = text.size();
    qsizetype i = 0;
    char* p = room(out, 6 * (std::min(n, piece) + 1) + 2);
    *p++ = '"';
    while (i < n) {
        p = encodeUtf16(p, s, i, std::min(n, i + piece), n);
        if (i < n) {
            settle(out, p);
            p = room(out, 6 * (std::min(n - i, piece) + 1) + 1);
        }
    }
    *p++ = '"';
    settle(out, p);
}

void JsonStreamWriter::appendString(QByteArray& out, std::string_view utf8)
{
    const auto* s = reinterpret_cast<const unsigned char*>(utf8.data());
    const std::size_t n = utf8.size();
    // Most of these are the format's own words: plain ASCII, copied in one piece.
    if (std::all_of(s, s + n, [](unsigned char c) { return c < 0x80 && !needsEscape(c); })) {
        char* p = room(out, qsizetype(n) + 2);
        *p++ = '"';
        std::memcpy(p, s, n);
        p += n;
        *p++ = '"';
        settle(out, p);
        return;
    }
    put(out, "\"", 1);
    std::size_t run = 0; // start of bytes to copy as they are
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            if (needsEscape(c)) {
                put(out, utf8.data() + run, qsizetype(i - run));
                appendEscaped(out, c);
                run = i + 1;
            }
            ++i;
            continue;
        }
        const int length = validSequence(s + i, n - i);
        if (length == 0) {
            // Not UTF-8: replaced, never written through to break the file.
            put(out, utf8.data() + run, qsizetype(i - run));
            put(out, "\xEF\xBF\xBD", 3);
            run = ++i;
            continue;
        }
        i += std::size_t(length);
    }
    put(out, utf8.data() + run, qsizetype(n - run));
    put(out, "\"", 1);
}

// The separator before a member or an item at `p`: a comma unless it is the first, then the
// line break and the indentation (room for separatorRoom() bytes). This runs for every value
// of a large file.
char* JsonStreamWriter::separateAt(char* p)
{
    const bool comma = m_filled.back();
    m_filled.back() = true;
    if (comma)
        *p++ = ',';
    if (m_indent > 0) {
        const qsizetype spaces = m_filled.size() * m_indent;
        *p++ = '\n';
        std::memset(p, ' ', std::size_t(spaces));
        p += spaces;
    }
    return p;
}

qsizetype JsonStreamWriter::separatorRoom() const
{
    return 2 + (m_indent > 0 ? m_filled.size() * m_indent : 0);
}

void JsonStreamWriter::separate()
{
    char* p = room(m_out, separatorRoom());
    settle(m_out, separateAt(p));
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
    m_afterKey = true;
    // Keys are the format's own words: plain ASCII goes out with its separator in one piece.
    if (std::all_of(name.begin(), name.end(),
                    [](char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; })) {
        char* p = separateAt(room(m_out, separatorRoom() + qsizetype(name.size()) + 4));
        *p++ = '"';
        std::memcpy(p, name.data(), name.size());
        p += name.size();
        *p++ = '"';
        *p++ = ':';
        if (m_indent > 0)
            *p++ = ' ';
        settle(m_out, p);
        return;
    }
    separate();
    appendString(m_out, name);
    if (m_indent > 0)
        put(m_out, ": ", 2);
    else
        put(m_out, ":", 1);
}

void JsonStreamWriter::open(char bracket)
{
    beforeValue();
    put(m_out, &bracket, 1);
    m_filled.append(false);
}

void JsonStreamWriter::close(char bracket)
{
    const bool filled = m_filled.back();
    m_filled.removeLast();
    const qsizetype spaces = filled && m_indent > 0 ? m_filled.size() * m_indent : 0;
    char* p = room(m_out, spaces + 2);
    if (filled && m_indent > 0) {
        *p++ = '\n';
        std::memset(p, ' ', std::size_t(spaces));
        p += spaces;
    }
    *p++ = bracket;
    settle(m_out, p);
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
    if (flag)
        put(m_out, "true", 4);
    else
        put(m_out, "false", 5);
}

void JsonStreamWriter::value(qint64 number)
{
    beforeValue();
    char* p = room(m_out, 24);
    settle(m_out, std::to_chars(p, p + 24, number).ptr);
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
    char* p = room(m_out, 24);
    settle(m_out, std::to_chars(p, p + 24, number).ptr);
}

void JsonStreamWriter::null()
{
    beforeValue();
    put(m_out, "null", 4);
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
