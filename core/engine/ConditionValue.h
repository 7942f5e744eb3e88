#pragma once

#include <QString>
#include <QVariant>
#include <QVector>

namespace latch {

struct Element;

// A value while a rule's condition is evaluated: null, a boolean, a number, text, a list (from
// a `[a, b]` literal) or an element (`source`, `target`, ...).
class ConditionValue
{
public:
    enum class Type
    {
        Null,
        Bool,
        Number,
        Text,
        List,
        Object
    };

    ConditionValue() = default;
    static ConditionValue fromBool(bool value);
    static ConditionValue fromNumber(double value);
    static ConditionValue fromText(const QString& value);
    static ConditionValue fromList(QVector<ConditionValue> values);
    static ConditionValue fromObject(const Element* element);
    // bool, integers and doubles, text; anything else is null.
    static ConditionValue fromVariant(const QVariant& value);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool toBool() const { return m_bool; }
    double toNumber() const { return m_number; }
    const QString& toText() const { return m_text; }
    const QVector<ConditionValue>& toList() const { return m_list; }
    const Element* toObject() const { return m_object; }

    // False for null, false, 0 and empty text; true otherwise.
    bool truthy() const;
    // `==`: same type and value; text compared exactly.
    bool equals(const ConditionValue& other) const;
    // `is` between values: text ignores case, and a boolean matches "true"/"yes" or
    // "false"/"no", as TMT templates write them.
    bool looselyEquals(const ConditionValue& other) const;
    // For title and description templates.
    QString toDisplayString() const;

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    QString m_text;
    QVector<ConditionValue> m_list;
    const Element* m_object = nullptr;
};

} // namespace latch
