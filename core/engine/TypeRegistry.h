#pragma once

#include "ElementType.h"
#include "NativeStencils.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace latch {

struct Element;

// The type tree of a rule library and the property schemas along it. Starts with the six
// kinds as roots; libraries add subtypes. Answers "is this element a T?" and "what is the
// default of property P for this element?". When a TMT template is loaded, an element of a
// Latch type also answers as the template's generic stencil for its kind (NativeStencils).
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
    // The element's type, or its kind when the library does not know the type; and the
    // generic stencil the element stands for, if any.
    bool isA(const Element& element, const QString& ancestor) const;
    // The template's generic stencil an element drawn in Latch stands for ("GE.P"), or an
    // empty string: none is loaded, or the element's type is already a template's.
    QString standIn(const Element& element) const;

    // Every property an element of this type has: inherited first, then its own.
    QVector<PropertySchema> propertiesOf(const QString& type) const;
    // Every property name that any type descending from `type` (itself included) declares.
    QStringList propertyNamesBelow(const QString& type) const;
    // The same for one element: its type's, then those of the generic stencil it stands
    // for, whose defaults are what the element answers for them now (NativeStencils).
    QVector<PropertySchema> propertiesOf(const Element& element) const;
    // The default of a property for an element (type chain, then kind), or an invalid QVariant.
    // For a template attribute of the stencil the element stands for: the answer of the Latch
    // property that means the same, else the stencil's default.
    QVariant defaultValue(const Element& element, const QString& property) const;

private:
    // What rules ask of a type, many times per element: its ancestors (itself first) and its
    // properties' defaults, worked out once.
    struct Resolved
    {
        QStringList lineage;
        QVariantMap defaults;
        QHash<QString, QStringList> choices; // every property, with an enum's values
        bool templateOwned = false;          // a generic stencil is in the lineage
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
    NativeStencils m_native;
    mutable QHash<QString, Resolved> m_resolved;
    // The last element type asked about: elements of one type come in runs.
    mutable QString m_lastType;
    mutable const Resolved* m_last = nullptr;
};

} // namespace latch
