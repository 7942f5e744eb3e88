#pragma once

#include "ConditionNode.h"
#include "ConditionValue.h"

#include <QVector>

#include <functional>

namespace latch {

struct Element;
class TypeRegistry;

// What a condition sees while it is evaluated for one element or one interaction: the objects
// it can name, the boundaries the flow crosses, and the type tree for `is` tests.
struct EvaluationContext
{
    const TypeRegistry* types = nullptr;
    const Element* element = nullptr;
    const Element* flow = nullptr;
    const Element* source = nullptr;
    const Element* target = nullptr;
    // Boundary elements the flow crosses (empty for element rules).
    QVector<const Element*> crossings;
    // Region boundaries around an element, for `within`; may be left empty.
    std::function<QVector<const Element*>(const Element&)> regionsAround;

    const Element* object(ConditionNode::Role role) const;
    ConditionValue attribute(const ConditionNode& path) const;
};

} // namespace latch
