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
    if (!added.standsFor.isEmpty())
        m_native.claim(added);
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
    const Resolved& info = resolvedFor(element);
    if (info.lineage.contains(ancestor))
        return true;
    if (info.templateOwned)
        return false;
    const QString stencil = m_native.standIn(element.kind, element.shape);
    return !stencil.isEmpty() && isA(stencil, ancestor);
}

QString TypeRegistry::standIn(const Element& element) const
{
    const QString stencil = m_native.standIn(element.kind, element.shape);
    if (stencil.isEmpty() || resolvedFor(element).templateOwned)
        return {};
    return stencil;
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
        info.templateOwned = info.templateOwned || !it->standsFor.isEmpty();
        current = it->parent;
    }
    for (const PropertySchema& p : propertiesOf(type)) {
        if (p.defaultValue.isValid())
            info.defaults.insert(p.name, p.defaultValue);
        info.choices.insert(p.name,
                            p.type == PropertySchema::Type::Enum ? p.values : QStringList());
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

QVector<PropertySchema> TypeRegistry::propertiesOf(const Element& element) const
{
    QVector<PropertySchema> result = propertiesOf(element.effectiveType());
    const QString stencil = standIn(element);
    if (stencil.isEmpty())
        return result;
    for (PropertySchema p : propertiesOf(stencil)) {
        if (std::any_of(result.cbegin(), result.cend(),
                        [&](const PropertySchema& q) { return q.name == p.name; }))
            continue;
        const QVariant answered = defaultValue(element, p.name);
        if (answered.isValid())
            p.defaultValue = answered;
        const QStringList latch = NativeStencils::answeredBy(element.kind, p.name);
        if (!latch.isEmpty())
            p.description = QStringLiteral("%1 Unless set here, answered from the Latch %2 %3.")
                                .arg(p.description,
                                     latch.size() == 1 ? QStringLiteral("property")
                                                       : QStringLiteral("properties"),
                                     latch.join(QStringLiteral(" and ")))
                                .trimmed();
        result.append(p);
    }
    return result;
}

QVariant TypeRegistry::defaultValue(const Element& element, const QString& property) const
{
    {
        const Resolved& info = resolvedFor(element);
        auto it = info.defaults.constFind(property);
        if (it != info.defaults.cend())
            return *it;
        if (info.templateOwned)
            return {};
    }
    const QString stencil = m_native.standIn(element.kind, element.shape);
    if (stencil.isEmpty())
        return {};
    const QVariant answered =
        NativeStencils::answer(element.kind, property, [&](const QString& name) {
            auto own = element.properties.constFind(name);
            return own != element.properties.cend() ? *own
                                                    : resolvedFor(element).defaults.value(name);
        });
    // Looked up after the answer: resolving the stencil may move the element's entry.
    const Resolved& generic = resolved(stencil);
    auto choices = generic.choices.constFind(property);
    if (choices == generic.choices.cend())
        return {}; // not an attribute of this template's stencil
    if (answered.isValid()) {
        if (choices->isEmpty())
            return answered;
        for (const QString& value : *choices) {
            if (value.compare(answered.toString(), Qt::CaseInsensitive) == 0)
                return value; // the template's own spelling
        }
    }
    return generic.defaults.value(property);
}

} // namespace latch
