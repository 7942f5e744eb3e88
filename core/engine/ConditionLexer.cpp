#include "ConditionLexer.h"

namespace latch {

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

bool ConditionLexer::tokenize(const QString& source, QVector<ConditionToken>* tokens,
                              QString* error, int* errorColumn)
{
    using Kind = ConditionToken::Kind;
    tokens->clear();
    qsizetype i = 0;
    const qsizetype n = source.size();
    auto push = [&](Kind kind, QString text, qsizetype start) {
        tokens->append({kind, std::move(text), int(start + 1)});
    };
    auto failAt = [&](qsizetype at, const QString& message) {
        *error = message;
        *errorColumn = int(at + 1);
        return false;
    };
    while (i < n) {
        const QChar c = source.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        if (isWordStart(c)) {
            while (i < n && isWordPart(source.at(i)))
                ++i;
            push(Kind::Word, source.mid(start, i - start), start);
        } else if (c.isDigit()) {
            while (i < n && (source.at(i).isDigit() || source.at(i) == QLatin1Char('.')))
                ++i;
            push(Kind::Number, source.mid(start, i - start), start);
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            ++i;
            QString text;
            while (i < n && source.at(i) != c)
                text += source.at(i++);
            if (i >= n)
                return failAt(start, QStringLiteral("unterminated text"));
            ++i;
            push(Kind::Text, text, start);
        } else if (c == QLatin1Char('[') && !tokens->isEmpty() &&
                   tokens->constLast().kind == Kind::Dot) {
            const qsizetype close = source.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return failAt(start, QStringLiteral("unterminated [name]"));
            push(Kind::BracketName, source.mid(i + 1, close - i - 1).trimmed(), start);
            i = close + 1;
        } else if (c == QLatin1Char('(')) {
            push(Kind::LeftParen, c, start);
            ++i;
        } else if (c == QLatin1Char(')')) {
            push(Kind::RightParen, c, start);
            ++i;
        } else if (c == QLatin1Char('[')) {
            push(Kind::LeftBracket, c, start);
            ++i;
        } else if (c == QLatin1Char(']')) {
            push(Kind::RightBracket, c, start);
            ++i;
        } else if (c == QLatin1Char(',')) {
            push(Kind::Comma, c, start);
            ++i;
        } else if (c == QLatin1Char('.')) {
            push(Kind::Dot, c, start);
            ++i;
        } else if (c == QLatin1Char('=') || c == QLatin1Char('!') || c == QLatin1Char('<') ||
                   c == QLatin1Char('>')) {
            const bool withEquals = i + 1 < n && source.at(i + 1) == QLatin1Char('=');
            if ((c == QLatin1Char('=') || c == QLatin1Char('!')) && !withEquals)
                return failAt(start, QStringLiteral("expected %1=").arg(c));
            const qsizetype length = withEquals ? 2 : 1;
            push(Kind::Operator, source.mid(i, length), start);
            i += length;
        } else {
            return failAt(start, QStringLiteral("unexpected character '%1'").arg(c));
        }
    }
    tokens->append({Kind::End, QString(), int(n + 1)});
    return true;
}

} // namespace latch
