#include "TextTemplate.h"

#include "EvaluationContext.h"

namespace latch {

bool TextTemplate::parse(const QString& text, QString* error, int* errorColumn)
{
    m_text = text;
    m_parts.clear();
    m_needsCrossings = false;
    QString literal;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const bool doubled = i + 1 < text.size() && text.at(i + 1) == c;
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && doubled) {
            literal += c;
            i += 2;
            continue;
        }
        if (c == QLatin1Char('}')) {
            *error = QStringLiteral("unmatched } (write }} for a brace)");
            *errorColumn = int(i + 1);
            return false;
        }
        if (c != QLatin1Char('{')) {
            literal += c;
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i);
        if (close < 0) {
            *error = QStringLiteral("unterminated {placeholder}");
            *errorColumn = int(i + 1);
            return false;
        }
        int column = 0;
        auto path = Condition::parse(text.mid(i + 1, close - i - 1), error, &column);
        if (!path || !path->isPath()) {
            if (path)
                *error = QStringLiteral("a placeholder names a value such as {source.name}");
            *errorColumn = int(i + 1) + column;
            return false;
        }
        m_parts.append({literal, nullptr});
        literal.clear();
        m_needsCrossings =
            m_needsCrossings ||
            path->text().contains(QLatin1String("crossesBoundary"), Qt::CaseInsensitive);
        m_parts.append({QString(), std::move(path)});
        i = close + 1;
    }
    if (!literal.isEmpty())
        m_parts.append({literal, nullptr});
    return true;
}

QString TextTemplate::render(const EvaluationContext& context) const
{
    QString result;
    result.reserve(m_text.size() + 64); // placeholders are names: rarely longer than that
    renderInto(result, context);
    return result;
}

void TextTemplate::renderInto(QString& out, const EvaluationContext& context) const
{
    out.resize(0); // keeps the capacity
    for (const Part& part : m_parts) {
        if (!part.path) {
            out += part.literal;
            continue;
        }
        const ConditionValue value = part.path->value(context);
        if (value.type() == ConditionValue::Type::Text)
            out += value.toText(); // names: no copy of the text on the way
        else
            out += value.toDisplayString();
    }
}

} // namespace latch
