#include "ConditionParser.h"

#include <algorithm>

namespace latch {

namespace {

struct ParseFailure
{
    QString message;
    int column;
};

using Node = ConditionNode;
using Kind = ConditionToken::Kind;

std::unique_ptr<Node> makeNode(Node::Kind kind, int column)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->column = column;
    return node;
}

QString describe(const ConditionToken& token)
{
    if (token.kind == Kind::End)
        return QStringLiteral("the end");
    if (token.kind == Kind::Text)
        return QLatin1Char('\'') + token.text + QLatin1Char('\'');
    return QLatin1Char('"') + token.text + QLatin1Char('"');
}

} // namespace

ConditionParser::ConditionParser(QVector<ConditionToken> tokens)
    : m_tokens(std::move(tokens))
{
}

std::unique_ptr<ConditionNode> ConditionParser::parse(const QString& source, QString* error,
                                                      int* errorColumn)
{
    QVector<ConditionToken> tokens;
    if (!ConditionLexer::tokenize(source, &tokens, error, errorColumn))
        return nullptr;
    ConditionParser parser(std::move(tokens));
    try {
        auto root = parser.parseOr();
        if (parser.peek().kind != Kind::End)
            parser.fail(parser.peek(), QStringLiteral("expected and, or or the end, found ") +
                                           describe(parser.peek()));
        return root;
    } catch (const ParseFailure& failure) {
        *error = failure.message;
        *errorColumn = failure.column;
        return nullptr;
    }
}

void ConditionParser::fail(const ConditionToken& at, const QString& message) const
{
    throw ParseFailure{message, at.column};
}

void ConditionParser::descend(const ConditionToken& at)
{
    if (++m_depth > maximumDepth)
        fail(at, QStringLiteral("nested more than %1 deep").arg(maximumDepth));
}

bool ConditionParser::peekKeyword(const char* keyword, int ahead) const
{
    const qsizetype at = m_position + ahead;
    if (at >= m_tokens.size())
        return false;
    const ConditionToken& token = m_tokens.at(at);
    return token.kind == Kind::Word &&
           token.text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

std::unique_ptr<ConditionNode> ConditionParser::parseOr()
{
    const int depth = m_depth;
    auto left = parseAnd();
    while (peekKeyword("or")) {
        descend(peek()); // each `or` puts the tree so far one level deeper
        auto node = makeNode(Node::Kind::Or, next().column);
        node->children.push_back(std::move(left));
        node->children.push_back(parseAnd());
        left = std::move(node);
    }
    m_depth = depth;
    return left;
}

std::unique_ptr<ConditionNode> ConditionParser::parseAnd()
{
    const int depth = m_depth;
    auto left = parseNot();
    while (peekKeyword("and")) {
        descend(peek());
        auto node = makeNode(Node::Kind::And, next().column);
        node->children.push_back(std::move(left));
        node->children.push_back(parseNot());
        left = std::move(node);
    }
    m_depth = depth;
    return left;
}

std::unique_ptr<ConditionNode> ConditionParser::parseNot()
{
    if (peekKeyword("not")) {
        descend(peek());
        auto node = makeNode(Node::Kind::Not, next().column);
        node->children.push_back(parseNot());
        --m_depth;
        return node;
    }
    return parseComparison();
}

std::unique_ptr<ConditionNode> ConditionParser::parseComparison()
{
    auto left = parseOperand();
    const ConditionToken& token = peek();
    std::unique_ptr<Node> node;
    if (token.kind == Kind::Operator) {
        node = makeNode(Node::Kind::Compare, token.column);
        const QString op = next().text;
        if (op == QLatin1String("=="))
            node->op = Node::Op::Equal;
        else if (op == QLatin1String("!="))
            node->op = Node::Op::NotEqual;
        else if (op == QLatin1String("<"))
            node->op = Node::Op::Less;
        else if (op == QLatin1String("<="))
            node->op = Node::Op::LessEqual;
        else if (op == QLatin1String(">"))
            node->op = Node::Op::Greater;
        else
            node->op = Node::Op::GreaterEqual;
    } else if (peekKeyword("is")) {
        node = makeNode(Node::Kind::Compare, next().column);
        node->op = Node::Op::Is;
        if (peekKeyword("not")) {
            next();
            node->op = Node::Op::IsNot;
        }
    } else if (peekKeyword("in")) {
        node = makeNode(Node::Kind::Compare, next().column);
        node->op = Node::Op::In;
    } else if (peekKeyword("crosses") || peekKeyword("within")) {
        const bool crosses = peekKeyword("crosses");
        node = makeNode(crosses ? Node::Kind::Crosses : Node::Kind::Within, next().column);
        if (left->kind != Node::Kind::Path || left->attribute != Node::Attribute::Object)
            fail(m_tokens.at(m_position - 1),
                 QStringLiteral("%1 needs an object on its left (element, flow, source or target)")
                     .arg(crosses ? QStringLiteral("crosses") : QStringLiteral("within")));
        if (peek().kind != Kind::Text)
            fail(peek(),
                 QStringLiteral("expected a boundary type in quotes, found ") + describe(peek()));
    } else {
        return left;
    }
    node->children.push_back(std::move(left));
    node->children.push_back(parseOperand());
    const Node& right = *node->children.back();
    const bool isList =
        right.kind == Node::Kind::List ||
        (right.kind == Node::Kind::Literal && right.literal.type() == ConditionValue::Type::List);
    if (node->kind == Node::Kind::Compare && node->op == Node::Op::In && !isList)
        fail(m_tokens.at(m_position - 1), QStringLiteral("in expects a list such as ['a', 'b']"));
    return node;
}

std::unique_ptr<ConditionNode> ConditionParser::parseOperand()
{
    const ConditionToken& token = peek();
    switch (token.kind) {
    case Kind::LeftParen: {
        descend(token);
        next();
        auto inner = parseOr();
        if (peek().kind != Kind::RightParen)
            fail(peek(), QStringLiteral("expected ), found ") + describe(peek()));
        next();
        --m_depth;
        return inner;
    }
    case Kind::Text: {
        auto node = makeNode(Node::Kind::Literal, token.column);
        node->literal = ConditionValue::fromText(next().text);
        return node;
    }
    case Kind::Number: {
        bool ok = false;
        const double value = token.text.toDouble(&ok);
        if (!ok)
            fail(token, QStringLiteral("%1 is not a number").arg(describe(token)));
        auto node = makeNode(Node::Kind::Literal, next().column);
        node->literal = ConditionValue::fromNumber(value);
        return node;
    }
    case Kind::LeftBracket: {
        descend(token);
        auto node = makeNode(Node::Kind::List, next().column);
        if (peek().kind != Kind::RightBracket) {
            for (;;) {
                node->children.push_back(parseOperand());
                if (peek().kind != Kind::Comma)
                    break;
                next();
            }
        }
        if (peek().kind != Kind::RightBracket)
            fail(peek(), QStringLiteral("expected , or ], found ") + describe(peek()));
        next();
        // A list of literals is a constant: build its value once, not at every evaluation.
        const bool constant =
            std::all_of(node->children.cbegin(), node->children.cend(),
                        [](const auto& c) { return c->kind == Node::Kind::Literal; });
        if (constant) {
            QVector<ConditionValue> values;
            for (const auto& child : node->children)
                values.append(child->literal);
            node->literal = ConditionValue::fromList(std::move(values));
            node->kind = Node::Kind::Literal;
            node->children.clear();
        }
        --m_depth;
        return node;
    }
    case Kind::Word:
        if (peekKeyword("true") || peekKeyword("false")) {
            auto node = makeNode(Node::Kind::Literal, token.column);
            node->literal = ConditionValue::fromBool(peekKeyword("true"));
            next();
            return node;
        }
        if (peekKeyword("null")) {
            auto node = makeNode(Node::Kind::Literal, next().column);
            return node;
        }
        return parsePath();
    default:
        fail(token, QStringLiteral("expected a value, found ") + describe(token));
    }
}

std::unique_ptr<ConditionNode> ConditionParser::parsePath()
{
    const ConditionToken& objectToken = next();
    auto node = makeNode(Node::Kind::Path, objectToken.column);
    static const struct
    {
        const char* name;
        Node::Role role;
    } roles[] = {{"element", Node::Role::Element},
                 {"flow", Node::Role::Flow},
                 {"source", Node::Role::Source},
                 {"target", Node::Role::Target}};
    bool known = false;
    for (const auto& r : roles) {
        if (objectToken.text.compare(QLatin1String(r.name), Qt::CaseInsensitive) == 0) {
            node->role = r.role;
            known = true;
        }
    }
    if (!known)
        fail(objectToken, QStringLiteral("unknown object %1 (expected element, flow, source or "
                                         "target)")
                              .arg(describe(objectToken)));
    if (peek().kind != Kind::Dot)
        return node; // the object itself
    next();
    const ConditionToken& attribute = next();
    if (attribute.kind == Kind::BracketName || attribute.kind == Kind::Text) {
        node->attribute = Node::Attribute::Property;
        node->property = attribute.text;
        if (node->property.isEmpty())
            fail(attribute, QStringLiteral("empty property name"));
        return node;
    }
    if (attribute.kind != Kind::Word)
        fail(attribute, QStringLiteral("expected a property name, found ") + describe(attribute));
    static const struct
    {
        const char* name;
        Node::Attribute attribute;
    } builtins[] = {{"name", Node::Attribute::Name},
                    {"kind", Node::Attribute::Kind},
                    {"type", Node::Attribute::Type},
                    {"id", Node::Attribute::Id},
                    {"crossesBoundary", Node::Attribute::CrossesBoundary},
                    {"bidirectional", Node::Attribute::Bidirectional}};
    node->attribute = Node::Attribute::Property;
    node->property = attribute.text;
    for (const auto& b : builtins) {
        if (attribute.text == QLatin1String(b.name)) {
            node->attribute = b.attribute;
            node->property.clear();
        }
    }
    return node;
}

} // namespace latch
