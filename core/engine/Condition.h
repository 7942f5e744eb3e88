#pragma once

#include "ConditionNode.h"
#include "ConditionValue.h"

#include <QString>
#include <QVector>

#include <memory>

namespace latch {

struct EvaluationContext;

// A rule's condition, parsed once and evaluated for every candidate element or interaction.
class Condition
{
public:
    // A property a condition reads, for checking names against the library's schemas.
    struct PropertyUse
    {
        ConditionNode::Role role;
        QString name;
        int column;
    };

    // An empty text is a condition that always holds. nullptr on a syntax error.
    static std::shared_ptr<const Condition> parse(const QString& text, QString* error,
                                                  int* errorColumn);

    bool holds(const EvaluationContext& context) const;
    ConditionValue value(const EvaluationContext& context) const;

    const QString& text() const { return m_text; }
    QVector<PropertyUse> propertyUses() const;
    // A type a condition names in `is`, `crosses` or `within`, for checking against the library.
    struct TypeUse
    {
        QString name;
        int column;
    };
    QVector<TypeUse> typeUses() const;
    // True when the whole condition is one path such as `source.name` (what templates allow).
    bool isPath() const;

private:
    ConditionValue evaluate(const ConditionNode& node, const EvaluationContext& context) const;
    bool compare(const ConditionNode& node, const EvaluationContext& context) const;
    bool typeTest(const ConditionNode& node, const EvaluationContext& context) const;

    QString m_text;
    std::unique_ptr<ConditionNode> m_root; // null: always true
};

} // namespace latch
