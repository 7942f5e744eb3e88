#pragma once

#include "ElementType.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace latch {

struct Element;

// The type tree of a rule library and the property schemas along it. Starts with the six
// kinds as roots; libraries add subtypes. Answers "is this element a T?" and "what is the
// default of property P for this element?".
class TypeRegistry
{
public:
    TypeRegistry();

    // Fails (with a message) on a duplicate id or an unknown parent; adding to a root kind's
    // own properties is done with addProperties().
    bool add(const ElementType& type, QString* error);
    void addProperties(ElementKind kind, const QVector<PropertySchema>& properties);

    const ElementType* find(const QString& id) const;
    QStringList ids() const { return m_order; }

    // True when `type` is `ancestor` or descends from it. Unknown types match only themselves.
    bool isA(const QString& type, const QString& ancestor) const;
    // The element's type, or its kind when the library does not know the type.
    bool isA(const Element& element, const QString& ancestor) const;

    // Every property an element of this type has: inherited first, then its own.
    QVector<PropertySchema> propertiesOf(const QString& type) const;
    // Every property name that any type descending from `type` (itself included) declares.
    QStringList propertyNamesBelow(const QString& type) const;
    // The default of a property for an element (type chain, then kind), or an invalid QVariant.
    QVariant defaultValue(const Element& element, const QString& property) const;

private:
    // What rules ask of a type, many times per element: its ancestors (itself first) and its
    // properties' defaults, worked out once.
    struct Resolved
    {
        QStringList lineage;
        QVariantMap defaults;
    };
    void invalidateCache() const
    {
        m_resolved.clear();
        m_last = nullptr;
    }
    const QVariantMap& resolvedDefaults(const QString& type) const;
    const Resolved& resolved(const QString& type) const;
    // The type an element is treated as: its own when the library knows it, else its kind's.
    const Resolved& resolvedFor(const Element& element) const;

    QHash<QString, ElementType> m_types;
    QStringList m_order;
    mutable QHash<QString, Resolved> m_resolved;
    // The last element type asked about: elements of one type come in runs.
    mutable QString m_lastType;
    mutable const Resolved* m_last = nullptr;
};

} // namespace latch
