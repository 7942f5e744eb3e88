#include "JsonText.h"

#include "JsonStreamWriter.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
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

QString fromUtf8(const Json& string)
{
    return QString::fromUtf8(string.GetString(), qsizetype(string.GetStringLength()));
}

std::string_view view(const Json& string)
{
    return {string.GetString(), string.GetStringLength()};
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
    switch (value.GetType()) {
    case rapidjson::kNullType:
        return QStringLiteral("null");
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
        return QStringLiteral("a boolean");
    case rapidjson::kNumberType:
        return QStringLiteral("a number");
    case rapidjson::kStringType:
        return QStringLiteral("a string");
    case rapidjson::kArrayType:
        return QStringLiteral("an array");
    case rapidjson::kObjectType:
        return QStringLiteral("an object");
    }
    return QStringLiteral("an unsupported value");
}

QString numberText(const Json& number)
{
    if (number.IsInt64())
        return QString::number(number.GetInt64());
    if (number.IsUint64())
        return QString::number(number.GetUint64());
    return QString::number(number.GetDouble(), 'g', 17);
}

QString join(const QString& path, const char* key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

QString indexed(const QString& path, std::size_t index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

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

namespace {

// The position of the first '"' or '\' at or after `i`, or `n`.
qsizetype nextQuoteOrBackslash(const char* data, qsizetype i, qsizetype n)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    for (; i + 16 <= n; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        const int found = _mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
        if (found != 0)
            return i + __builtin_ctz(unsigned(found));
    }
#endif
    for (; i < n; ++i) {
        if (data[i] == '"' || data[i] == '\\')
            return i;
    }
    return n;
}

} // namespace

// Refuses deep nesting before the parser sees it: cheap, it gives a position, and it keeps
// every later walk over the document shallow.
void checkNesting(const QByteArray& bytes, int maximumNesting)
{
    int depth = 0;
    const char* data = bytes.constData();
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data[i];
        if (c == '"') {
            // Strings are most of a file: skipped a block at a time to their closing quote.
            for (++i; (i = nextQuoteOrBackslash(data, i, n)) < n && data[i] == '\\'; i += 2) {
            }
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

namespace {

QString syntaxMessage(rapidjson::ParseErrorCode code)
{
    switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
        return QStringLiteral("the document is empty");
    case rapidjson::kParseErrorDocumentRootNotSingular:
        return QStringLiteral("unexpected text after the end of the document");
    case rapidjson::kParseErrorValueInvalid:
        return QStringLiteral("invalid value (a value is a string, a number, an object, an "
                              "array, true, false or null)");
    case rapidjson::kParseErrorObjectMissName:
        return QStringLiteral("expected a key (a string) in the object");
    case rapidjson::kParseErrorObjectMissColon:
        return QStringLiteral("expected ':' after the key");
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
        return QStringLiteral("expected ',' or '}' after the member");
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
        return QStringLiteral("expected ',' or ']' after the item");
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
        return QStringLiteral("invalid \\u escape (four hex digits expected)");
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
        return QStringLiteral("invalid \\u escape (a UTF-16 surrogate without its pair)");
    case rapidjson::kParseErrorStringEscapeInvalid:
        return QStringLiteral("invalid character in a string (control characters must be "
                              "escaped)");
    case rapidjson::kParseErrorStringMissQuotationMark:
        return QStringLiteral("unexpected end of input in a string");
    case rapidjson::kParseErrorStringInvalidEncoding:
        return QStringLiteral("the text is not valid UTF-8");
    case rapidjson::kParseErrorNumberTooBig:
        return QStringLiteral("number too large");
    case rapidjson::kParseErrorNumberMissFraction:
        return QStringLiteral("expected digits after the decimal point");
    case rapidjson::kParseErrorNumberMissExponent:
        return QStringLiteral("expected digits in the exponent");
    default:
        return QStringLiteral("malformed JSON");
    }
}

// The key of a member and the member's path, for one error message.
QString pathTo(const std::vector<std::pair<const Json*, std::size_t>>& trail)
{
    QString path;
    for (const auto& [container, index] : trail) {
        if (container->IsArray()) {
            path = indexed(path, index);
        } else {
            const auto member = container->MemberBegin() + rapidjson::SizeType(index);
            const QByteArray name =
                QByteArray(member->name.GetString(), qsizetype(member->name.GetStringLength()));
            path = join(path, name.constData());
        }
    }
    return path;
}

void refuseRepeatedKeys(const Json& root)
{
    // Depth-first without recursion; the trail names where a repeated key was found.
    std::vector<std::pair<const Json*, std::size_t>> trail;
    std::vector<std::string_view> names;
    auto check = [&](const Json& object) {
        const rapidjson::SizeType count = object.MemberCount();
        if (count < 2)
            return;
        names.clear();
        for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it)
            names.push_back(view(it->name));
        auto repeated = names.end();
        if (count <= 8) { // most objects: fewer comparisons than sorting
            for (auto a = names.begin(); a != names.end() && repeated == names.end(); ++a)
                repeated = std::find(a + 1, names.end(), *a);
        } else {
            std::sort(names.begin(), names.end());
            repeated = std::adjacent_find(names.begin(), names.end());
        }
        if (repeated != names.end())
            fail(pathTo(trail), QStringLiteral("key %1 appears twice in one object")
                                    .arg(quoted(QString::fromUtf8(repeated->data(),
                                                                  qsizetype(repeated->size())))));
    };
    auto childCount = [](const Json& v) -> std::size_t {
        return v.IsArray() ? v.Size() : v.IsObject() ? v.MemberCount() : 0;
    };
    auto child = [](const Json& v, std::size_t i) -> const Json& {
        return v.IsArray() ? v[rapidjson::SizeType(i)]
                           : (v.MemberBegin() + rapidjson::SizeType(i))->value;
    };
    if (root.IsObject())
        check(root);
    if (childCount(root) == 0)
        return;
    trail.emplace_back(&root, 0);
    while (!trail.empty()) {
        auto& [container, index] = trail.back();
        if (index >= childCount(*container)) {
            trail.pop_back();
            if (!trail.empty())
                ++trail.back().second;
            continue;
        }
        const Json& next = child(*container, index);
        if (next.IsObject())
            check(next);
        if (childCount(next) > 0)
            trail.emplace_back(&next, 0);
        else
            ++index;
    }
}

void writeSorted(JsonStreamWriter& out, const Json& value)
{
    switch (value.GetType()) {
    case rapidjson::kObjectType: {
        std::vector<const rapidjson::Value::Member*> members;
        for (auto it = value.MemberBegin(); it != value.MemberEnd(); ++it)
            members.push_back(&*it);
        std::sort(members.begin(), members.end(),
                  [](auto* a, auto* b) { return view(a->name) < view(b->name); });
        out.beginObject();
        for (const auto* member : members) {
            out.key(view(member->name));
            writeSorted(out, member->value);
        }
        out.endObject();
        return;
    }
    case rapidjson::kArrayType:
        out.beginArray();
        for (const Json& item : value.GetArray())
            writeSorted(out, item);
        out.endArray();
        return;
    case rapidjson::kStringType:
        out.value(view(value));
        return;
    case rapidjson::kTrueType:
    case rapidjson::kFalseType:
        out.value(value.GetBool());
        return;
    case rapidjson::kNumberType:
        if (value.IsInt64())
            out.value(qint64(value.GetInt64()));
        else if (value.IsUint64())
            out.unsignedValue(value.GetUint64());
        else
            out.value(value.GetDouble());
        return;
    case rapidjson::kNullType:
        out.null();
        return;
    }
}

} // namespace

QByteArray canonicalText(const Json& value)
{
    QByteArray text;
    JsonStreamWriter out(text, 0);
    writeSorted(out, value);
    return text;
}

std::unique_ptr<Document> parse(const QByteArray& bytes, int maximumNesting)
{
    checkNesting(bytes, maximumNesting);
    auto document = std::make_unique<Document>();
    constexpr unsigned flags =
        rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag;
    document->Parse<flags>(bytes.constData(), std::size_t(bytes.size()));
    if (document->HasParseError()) {
        // Most broken files are cut short (a full disk, a failed copy): say so plainly.
        const bool atEnd =
            document->GetErrorOffset() >= std::size_t(QByteArrayView(bytes).trimmed().size()) &&
            document->GetParseError() != rapidjson::kParseErrorDocumentEmpty;
        FormatError error{QStringLiteral("JSON syntax error: ") +
                              (atEnd ? QStringLiteral("unexpected end of input (the text is cut "
                                                      "short)")
                                     : syntaxMessage(document->GetParseError())),
                          {},
                          0,
                          0};
        locate(bytes, document->GetErrorOffset(), &error.line, &error.column);
        throw FormatFailure{error};
    }
    refuseRepeatedKeys(*document);
    return document;
}

} // namespace latch::jsontext
