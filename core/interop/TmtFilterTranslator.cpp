#include "TmtFilterTranslator.h"

#include <QStringList>
#include <QVector>

namespace latch {

namespace {

struct Token
{
    enum Kind
    {
        Name,
        Quoted,
        Open,
        Close,
        End
    } kind;
    QString text;
    int column;
};

struct Failure
{
    QString message;
};

QVector<Token> tokenize(const QString& text)
{
    QVector<Token> tokens;
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            tokens.append({c == QLatin1Char('(') ? Token::Open : Token::Close, c, i + 1});
            ++i;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int end = int(text.indexOf(c, i + 1));
            if (end < 0)
                throw Failure{QStringLiteral("column %1: unterminated quoted value").arg(i + 1)};
            tokens.append({Token::Quoted, text.mid(i + 1, end - i - 1), i + 1});
            i = end + 1;
        } else if (c == QLatin1Char('[')) {
            // A bracketed attribute name belongs to the name before it ("flow.[guid]").
            const int end = int(text.indexOf(QLatin1Char(']'), i + 1));
            if (end < 0 || tokens.isEmpty() || tokens.last().kind != Token::Name ||
                !tokens.last().text.endsWith(QLatin1Char('.')))
                throw Failure{QStringLiteral("column %1: unexpected [").arg(i + 1)};
            tokens.last().text += text.mid(i + 1, end - i - 1);
            i = end + 1;
        } else if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            int end = i;
            while (end < text.size() &&
                   (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_') ||
                    text.at(end) == QLatin1Char('.') || text.at(end) == QLatin1Char('-')))
                ++end;
            tokens.append({Token::Name, text.mid(i, end - i), i + 1});
            i = end;
        } else {
            throw Failure{QStringLiteral("column %1: unexpected %2").arg(i + 1).arg(c)};
        }
    }
    tokens.append({Token::End, QString(), int(text.size()) + 1});
    return tokens;
}

QString quote(const QString& value)
{
    return value.contains(QLatin1Char('\'')) ? QLatin1Char('"') + value + QLatin1Char('"')
                                             : QLatin1Char('\'') + value + QLatin1Char('\'');
}

class Parser
{
public:
    Parser(QVector<Token> tokens, const QSet<QString>& types,
           const QSet<QString>& elementAttributes, const QSet<QString>& flowAttributes)
        : m_tokens(std::move(tokens))
        , m_types(types)
        , m_elementAttributes(elementAttributes)
        , m_flowAttributes(flowAttributes)
    {
    }

    QString parse()
    {
        QString result = expression();
        if (peek().kind != Token::End)
            fail(QStringLiteral("unexpected %1").arg(describe(peek())));
        return result;
    }

private:
    const Token& peek() const { return m_tokens.at(m_at); }
    const Token& take() { return m_tokens.at(m_at++); }
    bool keyword(const char* word) const
    {
        return peek().kind == Token::Name &&
               peek().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    [[noreturn]] void fail(const QString& message) const { failAt(peek().column, message); }
    [[noreturn]] static void failAt(int column, const QString& message)
    {
        throw Failure{QStringLiteral("column %1: %2").arg(column).arg(message)};
    }
    static QString describe(const Token& token)
    {
        return token.kind == Token::End ? QStringLiteral("end of filter")
                                        : QLatin1Char('"') + token.text + QLatin1Char('"');
    }

    QString expression()
    {
        QStringList terms{term()};
        while (keyword("or")) {
            take();
            terms << term();
        }
        return terms.size() == 1
                   ? terms.first()
                   : QLatin1Char('(') + terms.join(QStringLiteral(" or ")) + QLatin1Char(')');
    }

    QString term()
    {
        QStringList factors{factor()};
        while (keyword("and")) {
            take();
            factors << factor();
        }
        return factors.size() == 1
                   ? factors.first()
                   : QLatin1Char('(') + factors.join(QStringLiteral(" and ")) + QLatin1Char(')');
    }

    QString factor()
    {
        if (keyword("not")) {
            take();
            return QStringLiteral("not ") + factor();
        }
        if (peek().kind == Token::Open) {
            take();
            QString inner = expression();
            if (peek().kind != Token::Close)
                fail(QStringLiteral("expected ), found %1").arg(describe(peek())));
            take();
            return inner;
        }
        return atom();
    }

    Token quotedValue()
    {
        if (peek().kind != Token::Quoted)
            fail(QStringLiteral("expected a quoted value, found %1").arg(describe(peek())));
        return take();
    }

    QString knownType(const Token& type) const
    {
        if (!m_types.contains(type.text))
            failAt(type.column, QStringLiteral("unknown element type '%1'").arg(type.text));
        return type.text;
    }

    QString atom()
    {
        if (peek().kind != Token::Name)
            fail(QStringLiteral("expected source, target or flow, found %1").arg(describe(peek())));
        const Token subjectToken = take();
        const QString subject = subjectToken.text.section(QLatin1Char('.'), 0, 0).toLower();
        const QString attribute = subjectToken.text.section(QLatin1Char('.'), 1);
        if (subject != QLatin1String("source") && subject != QLatin1String("target") &&
            subject != QLatin1String("flow"))
            failAt(subjectToken.column, QStringLiteral("unknown object \"%1\"").arg(subject));
        if (keyword("crosses")) {
            take();
            if (subject != QLatin1String("flow") || !attribute.isEmpty())
                failAt(subjectToken.column, QStringLiteral("only a flow crosses boundaries"));
            return QStringLiteral("flow crosses ") + quote(knownType(quotedValue()));
        }
        if (!keyword("is"))
            fail(QStringLiteral("expected is or crosses, found %1").arg(describe(peek())));
        take();
        bool negated = false;
        if (keyword("not")) {
            take();
            negated = true;
        }
        const Token value = quotedValue();
        QString atom;
        if (attribute.isEmpty()) {
            // 'ROOT' is the parent of the generic types: TMT matches nothing with it.
            if (value.text.compare(QLatin1String("ROOT"), Qt::CaseInsensitive) == 0)
                atom = QStringLiteral("false");
            else
                atom = subject + QStringLiteral(" is ") + quote(knownType(value));
        } else {
            const bool flow = subject == QLatin1String("flow");
            if (!(flow ? m_flowAttributes : m_elementAttributes).contains(attribute)) {
                if ((flow ? m_elementAttributes : m_flowAttributes).contains(attribute))
                    failAt(subjectToken.column,
                           QStringLiteral("attribute \"%1\" belongs to %2, not to %3")
                               .arg(attribute,
                                    flow ? QStringLiteral("processes, entities or stores")
                                         : QStringLiteral("flows"),
                                    flow ? QStringLiteral("a flow") : subject));
                failAt(subjectToken.column,
                       QStringLiteral("unknown attribute \"%1\"").arg(attribute));
            }
            atom =
                QStringLiteral("%1.[%2] is %3")
                    .arg(subject, TmtFilterTranslator::propertyName(attribute), quote(value.text));
        }
        return negated ? QStringLiteral("not ") + atom : atom;
    }

    QVector<Token> m_tokens;
    int m_at = 0;
    const QSet<QString>& m_types;
    const QSet<QString>& m_elementAttributes;
    const QSet<QString>& m_flowAttributes;
};

} // namespace

TmtFilterTranslator::TmtFilterTranslator(QSet<QString> types, QSet<QString> elementAttributes,
                                         QSet<QString> flowAttributes)
    : m_types(std::move(types))
    , m_elementAttributes(std::move(elementAttributes))
    , m_flowAttributes(std::move(flowAttributes))
{
}

std::optional<QString> TmtFilterTranslator::translate(const QString& filter, QString* error) const
{
    if (filter.trimmed().isEmpty())
        return QString();
    try {
        return Parser(tokenize(filter), m_types, m_elementAttributes, m_flowAttributes).parse();
    } catch (const Failure& failure) {
        if (error)
            *error = failure.message;
        return std::nullopt;
    }
}

} // namespace latch
