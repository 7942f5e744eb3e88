#include "NativeStencils.h"

#include "ElementType.h"

namespace latch {

namespace {

QVariant yesNo(const QVariant& value)
{
    if (value.typeId() != QMetaType::Bool)
        return {};
    return value.toBool() ? QStringLiteral("Yes") : QStringLiteral("No");
}

// One template attribute a Latch property means the same as. The attribute names are those of
// the SDL templates' generic stencils (default.tb7); a template without the attribute is not
// affected. tests/data/tmt-native/README.md gives the reasons for each line.
struct Correspondence
{
    ElementKind kind;
    const char* attribute;
    QStringList latch;
    QVariant (*convert)(const NativeStencils::Lookup& latch);
};

const QVector<Correspondence>& correspondences()
{
    using Lookup = NativeStencils::Lookup;
    static const QVector<Correspondence> table{
        // "TLS 1.2+ or an equivalent authenticated encryption": confidentiality and integrity.
        {ElementKind::Flow,
         "providesConfidentiality",
         {QStringLiteral("encrypted")},
         [](const Lookup& latch) { return yesNo(latch(QStringLiteral("encrypted"))); }},
        {ElementKind::Flow,
         "providesIntegrity",
         {QStringLiteral("encrypted")},
         [](const Lookup& latch) { return yesNo(latch(QStringLiteral("encrypted"))); }},
        // "How the sender proves who it is": any means but none authenticates the source.
        {ElementKind::Flow,
         "authenticatesSource",
         {QStringLiteral("authentication")},
         [](const Lookup& latch) -> QVariant {
             const QVariant how = latch(QStringLiteral("authentication"));
             if (how.typeId() != QMetaType::QString)
                 return {};
             return how.toString() == QLatin1String("none") ? QStringLiteral("No")
                                                            : QStringLiteral("Yes");
         }},
        // TLS authenticates the server, as the template's HTTPS and IPsec stencils say; so
        // does mutual TLS.
        {ElementKind::Flow,
         "authenticatesDestination",
         {QStringLiteral("encrypted"), QStringLiteral("authentication")},
         [](const Lookup& latch) -> QVariant {
             const QVariant encrypted = latch(QStringLiteral("encrypted"));
             const QVariant how = latch(QStringLiteral("authentication"));
             if (encrypted.typeId() != QMetaType::Bool && how.typeId() != QMetaType::QString)
                 return {};
             const bool yes = (encrypted.typeId() == QMetaType::Bool && encrypted.toBool()) ||
                              how.toString() == QLatin1String("mtls");
             return yes ? QStringLiteral("Yes") : QStringLiteral("No");
         }},
        {ElementKind::Process,
         "implementsAuthenticationScheme",
         {QStringLiteral("authenticates")},
         [](const Lookup& latch) { return yesNo(latch(QStringLiteral("authenticates"))); }},
        {ElementKind::Process,
         "implementsCustomAuthorizationMechanism",
         {QStringLiteral("authorizes")},
         [](const Lookup& latch) { return yesNo(latch(QStringLiteral("authorizes"))); }},
        {ElementKind::Process,
         "hasInputSanitizers",
         {QStringLiteral("validatesInput")},
         [](const Lookup& latch) { return yesNo(latch(QStringLiteral("validatesInput"))); }},
        {ElementKind::Store,
         "storesLogData",
         {QStringLiteral("isLog")},
         [](const Lookup& latch) { return yesNo(latch(QStringLiteral("isLog"))); }},
        {ElementKind::Store,
         "storesCredentials",
         {QStringLiteral("holdsCredentials")},
         [](const Lookup& latch) { return yesNo(latch(QStringLiteral("holdsCredentials"))); }},
        {ElementKind::Store,
         "Encrypted",
         {QStringLiteral("encryptedAtRest")},
         [](const Lookup& latch) { return yesNo(latch(QStringLiteral("encryptedAtRest"))); }},
        {ElementKind::Entity,
         "type",
         {QStringLiteral("human")},
         [](const Lookup& latch) -> QVariant {
             const QVariant human = latch(QStringLiteral("human"));
             if (human.typeId() != QMetaType::Bool)
                 return {};
             return human.toBool() ? QStringLiteral("Human") : QStringLiteral("Code");
         }},
    };
    return table;
}

const Correspondence* find(ElementKind kind, const QString& property)
{
    static const QString prefix = QStringLiteral("tmt.");
    if (!property.startsWith(prefix))
        return nullptr;
    const QStringView attribute = QStringView(property).mid(prefix.size());
    for (const Correspondence& c : correspondences()) {
        if (c.kind == kind && attribute == QLatin1String(c.attribute))
            return &c;
    }
    return nullptr;
}

} // namespace

bool NativeStencils::claim(const ElementType& type)
{
    QString* slot = nullptr;
    if (type.kind != ElementKind::Boundary) {
        slot = &m_byKind[int(type.kind)];
    } else if (type.standsFor == QLatin1String("line boundary")) {
        slot = &m_lineBoundary;
    } else if (type.standsFor == QLatin1String("region boundary")) {
        slot = &m_regionBoundary;
    } else { // "boundary": either shape
        const bool region = m_regionBoundary.isEmpty();
        const bool line = m_lineBoundary.isEmpty();
        if (region)
            m_regionBoundary = type.id;
        if (line)
            m_lineBoundary = type.id;
        return region || line;
    }
    if (!slot->isEmpty())
        return false;
    *slot = type.id;
    return true;
}

QString NativeStencils::standIn(ElementKind kind, BoundaryShape shape) const
{
    if (kind != ElementKind::Boundary)
        return m_byKind[int(kind)];
    return shape == BoundaryShape::Line ? m_lineBoundary : m_regionBoundary;
}

QVariant NativeStencils::answer(ElementKind kind, const QString& property, const Lookup& latch)
{
    const Correspondence* c = find(kind, property);
    return c ? c->convert(latch) : QVariant();
}

QStringList NativeStencils::answeredBy(ElementKind kind, const QString& property)
{
    const Correspondence* c = find(kind, property);
    return c ? c->latch : QStringList();
}

} // namespace latch
