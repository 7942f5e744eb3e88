#include "Condition.h"

#include "ConditionParser.h"
#include "EvaluationContext.h"
#include "TypeRegistry.h"
#include "model/Element.h"

namespace latch {

using Node = ConditionNode;

std::shared_ptr<const Condition> Condition::parse(const QString& text, QString* error,
                                                  int* errorColumn)
{
    auto condition = std::make_shared<Condition>();
    condition->m_text = text;
    if (text.trimmed().isEmpty())
        return condition;
    condition->m_root = ConditionParser::parse(text, error, errorColumn);
    if (!condition->m_root)
        return nullptr;
    return condition;
}

bool Condition::holds(const EvaluationContext& context) const
{
    return !m_root || evaluate(*m_root, context).truthy();
}

ConditionValue Condition::value(const EvaluationContext& context) const
{
    return m_root ? evaluate(*m_root, context) : ConditionValue::fromBool(true);
}

bool Condition::isPath() const
{
    return m_root && m_root->kind == Node::Kind::Path;
}

QVector<Condition::PropertyUse> Condition::propertyUses() const
{
    QVector<PropertyUse> uses;
    if (!m_root)
        return uses;
    QVector<const Node*> pending{m_root.get()};
    while (!pending.isEmpty()) {
        const Node* node = pending.takeLast();
        if (node->kind == Node::Kind::Path && node->attribute == Node::Attribute::Property)
            uses.append({node->role, node->property, node->column});
        for (const auto& child : node->children)
            pending.append(child.get());
    }
    return uses;
}

QVector<Condition::TypeUse> Condition::typeUses() const
{
    QVector<TypeUse> uses;
    if (!m_root)
        return uses;
    QVector<const Node*> pending{m_root.get()};
    while (!pending.isEmpty()) {
        const Node* node = pending.takeLast();
        const bool objectTest = node->kind == Node::Kind::Compare &&
                                (node->op == Node::Op::Is || node->op == Node::Op::IsNot) &&
                                node->children[0]->kind == Node::Kind::Path &&
                                node->children[0]->attribute == Node::Attribute::Object;
        const bool regionTest =
            node->kind == Node::Kind::Crosses || node->kind == Node::Kind::Within;
        if ((objectTest || regionTest) && node->children[1]->kind == Node::Kind::Literal &&
            node->children[1]->literal.type() == ConditionValue::Type::Text)
            uses.append({node->children[1]->literal.toText(), node->children[1]->column});
        for (const auto& child : node->children)
            pending.append(child.get());
    }
    return uses;
}

ConditionValue Condition::evaluate(const ConditionNode& node,
                                   const EvaluationContext& context) const
{
    switch (node.kind) {
    case Node::Kind::Or:
        return ConditionValue::fromBool(evaluate(*node.children[0], context).truthy() ||
                                        evaluate(*node.children[1], context).truthy());
    case Node::Kind::And:
        return ConditionValue::fromBool(evaluate(*node.children[0], context).truthy() &&
                                        evaluate(*node.children[1], context).truthy());
    case Node::Kind::Not:
        return ConditionValue::fromBool(!evaluate(*node.children[0], context).truthy());
    case Node::Kind::Compare:
        return ConditionValue::fromBool(compare(node, context));
    case Node::Kind::Crosses:
    case Node::Kind::Within:
        return ConditionValue::fromBool(typeTest(node, context));
    case Node::Kind::Literal:
        return node.literal;
    case Node::Kind::Path:
        return context.attribute(node);
    case Node::Kind::List: {
        QVector<ConditionValue> values;
        values.reserve(qsizetype(node.children.size()));
        for (const auto& child : node.children)
            values.append(evaluate(*child, context));
        return ConditionValue::fromList(std::move(values));
    }
    }
    return {};
}

bool Condition::compare(const ConditionNode& node, const EvaluationContext& context) const
{
    const ConditionValue left = evaluate(*node.children[0], context);
    const ConditionValue right = evaluate(*node.children[1], context);
    switch (node.op) {
    case Node::Op::Equal:
        return left.equals(right);
    case Node::Op::NotEqual:
        return !left.equals(right);
    case Node::Op::Is:
    case Node::Op::IsNot: {
        bool result = false;
        if (left.type() == ConditionValue::Type::Object) {
            // A type test: the element's type is the named one or descends from it.
            result = right.type() == ConditionValue::Type::Text && context.types &&
                     context.types->isA(*left.toObject(), right.toText());
        } else {
            result = left.looselyEquals(right);
        }
        return node.op == Node::Op::Is ? result : !result;
    }
    case Node::Op::In:
        for (const ConditionValue& item : right.toList()) {
            if (left.equals(item))
                return true;
        }
        return false;
    case Node::Op::Less:
    case Node::Op::LessEqual:
    case Node::Op::Greater:
    case Node::Op::GreaterEqual: {
        if (left.type() != ConditionValue::Type::Number ||
            right.type() != ConditionValue::Type::Number)
            return false;
        const double a = left.toNumber();
        const double b = right.toNumber();
        if (node.op == Node::Op::Less)
            return a < b;
        if (node.op == Node::Op::LessEqual)
            return a <= b;
        if (node.op == Node::Op::Greater)
            return a > b;
        return a >= b;
    }
    }
    return false;
}

bool Condition::typeTest(const ConditionNode& node, const EvaluationContext& context) const
{
    const ConditionValue subject = evaluate(*node.children[0], context);
    const QString type = node.children[1]->literal.toText();
    if (subject.type() != ConditionValue::Type::Object || !context.types)
        return false;
    const Element* element = subject.toObject();
    if (node.kind == Node::Kind::Crosses) {
        if (element != context.flow)
            return false; // only the flow under evaluation has crossings
        for (const Element* boundary : context.crossings) {
            if (context.types->isA(*boundary, type))
                return true;
        }
        return false;
    }
    if (!context.regionsAround)
        return false;
    for (const Element* region : context.regionsAround(*element)) {
        if (context.types->isA(*region, type))
            return true;
    }
    return false;
}

} // namespace latch
