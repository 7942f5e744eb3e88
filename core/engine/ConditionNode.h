#pragma once

#include "ConditionValue.h"

#include <QString>

#include <memory>
#include <vector>

namespace latch {

// A node of a parsed condition. Built once by ConditionParser, evaluated many times.
struct ConditionNode
{
    enum class Kind
    {
        Or,
        And,
        Not,
        Compare,
        Crosses,
        Within,
        Literal,
        Path,
        List
    };
    enum class Op
    {
        Equal,
        NotEqual,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Is,
        IsNot,
        In
    };
    // The objects a condition can name.
    enum class Role
    {
        Element,
        Flow,
        Source,
        Target
    };
    enum class Attribute
    {
        Object,
        Name,
        Kind,
        Type,
        Id,
        CrossesBoundary,
        Bidirectional,
        Property
    };

    Kind kind = Kind::Literal;
    Op op = Op::Equal;
    Role role = Role::Element;
    Attribute attribute = Attribute::Object;
    QString property; // for Attribute::Property
    ConditionValue literal;
    int column = 1;
    std::vector<std::unique_ptr<ConditionNode>> children;
};

} // namespace latch
