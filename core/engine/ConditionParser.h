#pragma once

#include "ConditionLexer.h"
#include "ConditionNode.h"

#include <memory>

namespace latch {

// Recursive-descent parser of the condition language (resources/rules/README.md).
// Keywords and object names are case-insensitive.
class ConditionParser
{
public:
    // nullptr on failure, with a message and the 1-based column where it went wrong.
    static std::unique_ptr<ConditionNode> parse(const QString& source, QString* error,
                                                int* errorColumn);

private:
    // How deep parentheses, lists, `not` and chains of `and`/`or` may nest: the parser, the
    // evaluator and the tree's destructor recurse that deep.
    static constexpr int maximumDepth = 128;

    explicit ConditionParser(QVector<ConditionToken> tokens);

    std::unique_ptr<ConditionNode> parseOr();
    std::unique_ptr<ConditionNode> parseAnd();
    std::unique_ptr<ConditionNode> parseNot();
    std::unique_ptr<ConditionNode> parseComparison();
    std::unique_ptr<ConditionNode> parseOperand();
    std::unique_ptr<ConditionNode> parsePath();

    const ConditionToken& peek() const { return m_tokens.at(m_position); }
    const ConditionToken& next() { return m_tokens.at(m_position++); }
    bool peekKeyword(const char* keyword, int ahead = 0) const;
    void descend(const ConditionToken& at);
    [[noreturn]] void fail(const ConditionToken& at, const QString& message) const;

    QVector<ConditionToken> m_tokens;
    qsizetype m_position = 0;
    int m_depth = 0;
};

} // namespace latch
