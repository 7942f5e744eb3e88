#pragma once

#include <QSet>
#include <QString>

#include <optional>

namespace latch {

// Turns a TMT generation filter into a Latch condition (resources/rules/README.md).
// TMT's language: `source`, `target` and `flow`; `X is 'T'` (T or a subtype of it; 'ROOT'
// matches nothing), `flow crosses 'T'`, `X.attribute is 'value'` (the attribute's name may be
// a bare GUID), `and`, `or`, `not`, parentheses, keywords in any case. An attribute becomes
// the property "tmt.<name>", as the .tm7 importer names it. A filter naming a type or an
// attribute the template does not define, or using anything else, is not translated: the
// error says why and where.
class TmtFilterTranslator
{
public:
    // `elementAttributes`: the attributes of the template's entity, process and store
    // stencils, which `source.` and `target.` may name; `flowAttributes`: those of its flow
    // stencils, for `flow.` (a condition may only name a property its subject can have).
    TmtFilterTranslator(QSet<QString> types, QSet<QString> elementAttributes,
                        QSet<QString> flowAttributes);

    // An empty filter gives an empty condition (which always holds).
    std::optional<QString> translate(const QString& filter, QString* error) const;

    static QString propertyName(const QString& attribute)
    {
        return QStringLiteral("tmt.") + attribute;
    }

private:
    QSet<QString> m_types;
    QSet<QString> m_elementAttributes;
    QSet<QString> m_flowAttributes;
};

} // namespace latch
