#include "ConditionValue.h"

#include "model/Element.h"

namespace latch {

ConditionValue ConditionValue::fromBool(bool value)
{
    ConditionValue v;
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

ConditionValue ConditionValue::fromNumber(double value)
{
    ConditionValue v;
    v.m_type = Type::Number;
    v.m_number = value;
    return v;
}

ConditionValue ConditionValue::fromText(const QString& value)
{
    ConditionValue v;
    v.m_type = Type::Text;
    v.m_text = value;
    return v;
}

ConditionValue ConditionValue::fromList(QVector<ConditionValue> values)
{
    ConditionValue v;
    v.m_type = Type::List;
    v.m_list = std::move(values);
    return v;
}

ConditionValue ConditionValue::fromObject(const Element* element)
{
    if (!element)
        return {};
    ConditionValue v;
    v.m_type = Type::Object;
    v.m_object = element;
    return v;
}

ConditionValue ConditionValue::fromVariant(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return fromBool(value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return fromNumber(value.toDouble());
    case QMetaType::QString:
        return fromText(value.toString());
    default:
        return {};
    }
}

bool ConditionValue::truthy() const
{
    switch (m_type) {
    case Type::Null:
        return false;
    case Type::Bool:
        return m_bool;
    case Type::Number:
        return m_number != 0;
    case Type::Text:
        return !m_text.isEmpty();
    case Type::List:
        return !m_list.isEmpty();
    case Type::Object:
        return true;
    }
    return false;
}

bool ConditionValue::equals(const ConditionValue& other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Number:
        return m_number == other.m_number;
    case Type::Text:
        return m_text == other.m_text;
    case Type::List:
        if (m_list.size() != other.m_list.size())
            return false;
        for (qsizetype i = 0; i < m_list.size(); ++i) {
            if (!m_list.at(i).equals(other.m_list.at(i)))
                return false;
        }
        return true;
    case Type::Object:
        return m_object == other.m_object;
    }
    return false;
}

namespace {

bool textMeansBool(const QString& text, bool value)
{
    if (value)
        return text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
               text.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
    return text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 ||
           text.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0;
}

} // namespace

bool ConditionValue::looselyEquals(const ConditionValue& other) const
{
    if (m_type == Type::Text && other.m_type == Type::Text)
        return m_text.compare(other.m_text, Qt::CaseInsensitive) == 0;
    if (m_type == Type::Bool && other.m_type == Type::Text)
        return textMeansBool(other.m_text, m_bool);
    if (m_type == Type::Text && other.m_type == Type::Bool)
        return textMeansBool(m_text, other.m_bool);
    return equals(other);
}

QString ConditionValue::toDisplayString() const
{
    switch (m_type) {
    case Type::Null:
        return {};
    case Type::Bool:
        return m_bool ? QStringLiteral("yes") : QStringLiteral("no");
    case Type::Number:
        return QString::number(m_number);
    case Type::Text:
        return m_text;
    case Type::List: {
        QStringList parts;
        for (const ConditionValue& v : m_list)
            parts << v.toDisplayString();
        return parts.join(QStringLiteral(", "));
    }
    case Type::Object:
        return m_object->name;
    }
    return {};
}

} // namespace latch
