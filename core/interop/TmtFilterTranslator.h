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
    TmtFilterTranslator(QSet<QString> types, QSet<QString> attributes);

    // An empty filter gives an empty condition (which always holds).
    std::optional<QString> translate(const QString& filter, QString* error) const;

    static QString propertyName(const QString& attribute)
    {
        return QStringLiteral("tmt.") + attribute;
    }

private:
    QSet<QString> m_types;
    QSet<QString> m_attributes;
};

} // namespace latch
