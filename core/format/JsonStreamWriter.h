#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

#include <nlohmann/json_fwd.hpp>

#include <string_view>

namespace latch {

// Writes JSON text as it goes, without building a document first: the large outputs (a model
// file, `threats --json`) cost one pass and no tree. The layout is nlohmann_json's
// dump(2): two-space indentation, one value per line, `"key": value`, `[]` and `{}` when
// empty; text as UTF-8 with only `"`, `\` and control characters escaped.
class JsonStreamWriter
{
public:
    // Appends to `out`; `indent` spaces a level (0: everything on one line, no spaces).
    explicit JsonStreamWriter(QByteArray& out, int indent = 2);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next value's key, inside an object.
    void key(std::string_view name);

    void value(const QString& text);
    void value(std::string_view utf8);
    void value(const char* utf8) { value(std::string_view(utf8)); }
    void value(bool flag);
    void value(int number) { value(qint64(number)); }
    void value(qint64 number);
    void value(double number);
    void unsignedValue(quint64 number);
    void null();
    // Any nlohmann value (a rule library travelling inside a model), in the same layout.
    void value(const nlohmann::json& json);

    template <typename T>
    void member(std::string_view name, const T& v)
    {
        key(name);
        value(v);
    }

    // Appends `text` as a JSON string literal, quotes included.
    static void appendString(QByteArray& out, const QString& text);
    static void appendString(QByteArray& out, std::string_view utf8);

private:
    void beforeValue();
    void separate();
    char* separateAt(char* p);
    qsizetype separatorRoom() const;
    void open(char bracket);
    void close(char bracket);

    QByteArray& m_out;
    int m_indent;
    // Per open container: has it a member yet? Depth is the size.
    QVarLengthArray<bool, 16> m_filled;
    bool m_afterKey = false;
};

} // namespace latch
