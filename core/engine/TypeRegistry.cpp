#include "TypeRegistry.h"

#include "model/Element.h"

#include <algorithm>

namespace latch {

namespace {

// Guards against a parent cycle in a hand-written library: no real tree is this deep.
constexpr int maximumDepth = 64;

} // namespace

QString PropertySchema::typeName(Type type)
{
    switch (type) {
    case Type::Bool:
        return QStringLiteral("bool");
    case Type::Enum:
        return QStringLiteral("enum");
    case Type::String:
        return QStringLiteral("string");
    case Type::Number:
        return QStringLiteral("number");
    }
    return {};
}

TypeRegistry::TypeRegistry()
{
    for (ElementKind kind : allElementKinds) {
        ElementType root;
        root.id = elementKindName(kind);
        root.name = root.id;
        root.kind = kind;
        m_types.insert(root.id, root);
        m_order.append(root.id);
    }
}

bool TypeRegistry::add(const ElementType& type, QString* error)
{
    if (m_types.contains(type.id)) {
        *error = QStringLiteral("type \"%1\" is defined twice").arg(type.id);
        return false;
    }
    auto parent = m_types.constFind(type.parent);
    if (parent == m_types.cend()) {
        *error = QStringLiteral("type \"%1\": unknown parent \"%2\"").arg(type.id, type.parent);
        return false;
    }
    ElementType added = type;
    added.kind = parent->kind;
    m_types.insert(added.id, added);
    m_order.append(added.id);
    invalidateCache();
    return true;
}

void TypeRegistry::addProperties(ElementKind kind, const QVector<PropertySchema>& properties)
{
    ElementType& root = m_types[elementKindName(kind)];
    for (const PropertySchema& p : properties) {
        auto same = std::find_if(root.properties.begin(), root.properties.end(),
                                 [&](const PropertySchema& q) { return q.name == p.name; });
        if (same != root.properties.end())
            *same = p; // a later library refines an earlier one's schema
        else
            root.properties.append(p);
    }
    invalidateCache();
}

const ElementType* TypeRegistry::find(const QString& id) const
{
    auto it = m_types.constFind(id);
    return it == m_types.cend() ? nullptr : &*it;
}

bool TypeRegistry::isA(const QString& type, const QString& ancestor) const
{
    QString current = type;
    for (int depth = 0; depth < maximumDepth && !current.isEmpty(); ++depth) {
        if (current == ancestor)
            return true;
        auto it = m_types.constFind(current);
        if (it == m_types.cend())
            return false;
        current = it->parent;
    }
    return false;
}

bool TypeRegistry::isA(const Element& element, const QString& ancestor) const
{
    if (element.effectiveType() == ancestor)
        return true; // also for a type the library does not know
    return resolvedFor(element).lineage.contains(ancestor);
}

const TypeRegistry::Resolved& TypeRegistry::resolved(const QString& type) const
{
    auto cached = m_resolved.constFind(type);
    if (cached != m_resolved.cend())
        return *cached;
    Resolved info;
    QString current = type;
    for (int depth = 0; depth < maximumDepth && !current.isEmpty(); ++depth) {
        auto it = m_types.constFind(current);
        if (it == m_types.cend())
            break;
        info.lineage.append(current);
        current = it->parent;
    }
    for (const PropertySchema& p : propertiesOf(type)) {
        if (p.defaultValue.isValid())
            info.defaults.insert(p.name, p.defaultValue);
    }
    m_last = nullptr; // the insertion may move the entries
    return *m_resolved.insert(type, info);
}

const TypeRegistry::Resolved& TypeRegistry::resolvedFor(const Element& element) const
{
    const QString& type = element.type.isEmpty() ? elementKindName(element.kind) : element.type;
    if (m_last && type == m_lastType)
        return *m_last;
    const QString known = m_types.contains(type) ? type : elementKindName(element.kind);
    m_last = &resolved(known);
    m_lastType = type;
    return *m_last;
}

QVector<PropertySchema> TypeRegistry::propertiesOf(const QString& type) const
{
    QVector<const ElementType*> chain;
    QString current = type;
    for (int depth = 0; depth < maximumDepth && !current.isEmpty(); ++depth) {
        const ElementType* t = find(current);
        if (!t)
            break;
        chain.prepend(t);
        current = t->parent;
    }
    QVector<PropertySchema> result;
    for (const ElementType* t : chain) {
        for (const PropertySchema& p : t->properties) {
            auto same = std::find_if(result.begin(), result.end(),
                                     [&](const PropertySchema& q) { return q.name == p.name; });
            if (same != result.end())
                *same = p;
            else
                result.append(p);
        }
        // A subtype's default overrides show in the schema it hands to the editor.
        for (auto it = t->defaults.cbegin(); it != t->defaults.cend(); ++it) {
            for (PropertySchema& p : result) {
                if (p.name == it.key())
                    p.defaultValue = it.value();
            }
        }
    }
    return result;
}

QStringList TypeRegistry::propertyNamesBelow(const QString& type) const
{
    QStringList names;
    for (const QString& id : m_order) {
        if (!isA(id, type) && !isA(type, id))
            continue; // neither an ancestor nor a descendant
        for (const PropertySchema& p : m_types.value(id).properties) {
            if (!names.contains(p.name))
                names.append(p.name);
        }
    }
    return names;
}

const QVariantMap& TypeRegistry::resolvedDefaults(const QString& type) const
{
    return resolved(type).defaults;
}

QVariant TypeRegistry::defaultValue(const Element& element, const QString& property) const
{
    return resolvedFor(element).defaults.value(property);
}

} // namespace latch
