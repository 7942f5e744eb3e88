#include "EvaluationContext.h"

#include "TypeRegistry.h"
#include "model/Element.h"

namespace latch {

const Element* EvaluationContext::object(ConditionNode::Role role) const
{
    switch (role) {
    case ConditionNode::Role::Element:
        return element;
    case ConditionNode::Role::Flow:
        return flow;
    case ConditionNode::Role::Source:
        return source;
    case ConditionNode::Role::Target:
        return target;
    }
    return nullptr;
}

ConditionValue EvaluationContext::attribute(const ConditionNode& path) const
{
    const Element* e = object(path.role);
    if (!e)
        return {};
    using Attribute = ConditionNode::Attribute;
    switch (path.attribute) {
    case Attribute::Object:
        return ConditionValue::fromObject(e);
    case Attribute::Name:
        return ConditionValue::fromText(e->name);
    case Attribute::Kind:
        return ConditionValue::fromText(elementKindName(e->kind));
    case Attribute::Type:
        return ConditionValue::fromText(e->effectiveType());
    case Attribute::Id:
        return ConditionValue::fromText(e->id);
    case Attribute::CrossesBoundary:
        return ConditionValue::fromBool(e == flow && !crossings.isEmpty());
    case Attribute::Bidirectional:
        return ConditionValue::fromBool(e->bidirectional);
    case Attribute::Property: {
        auto it = e->properties.constFind(path.property);
        if (it != e->properties.cend())
            return ConditionValue::fromVariant(*it);
        return types ? ConditionValue::fromVariant(types->defaultValue(*e, path.property))
                     : ConditionValue();
    }
    }
    return {};
}

} // namespace latch
