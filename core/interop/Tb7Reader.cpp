#include "Tb7Reader.h"

#include "ImportBuilder.h"
#include "TmtFilterTranslator.h"
#include "XmlNode.h"
#include "format/JsonText.h"
#include "model/ThreatCategory.h"

#include "format/JsonWriting.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace latch {

namespace {

using namespace jsonwriting;

QString kindOfShape(const QString& representation)
{
    if (representation == QLatin1String("Ellipse"))
        return QStringLiteral("process");
    if (representation == QLatin1String("Rectangle"))
        return QStringLiteral("entity");
    if (representation == QLatin1String("ParallelLines"))
        return QStringLiteral("store");
    if (representation == QLatin1String("Line"))
        return QStringLiteral("flow");
    if (representation.contains(QLatin1String("Boundary")))
        return QStringLiteral("boundary");
    if (representation == QLatin1String("Annotation"))
        return QStringLiteral("note");
    return {};
}

// What a generic stencil of this shape stands for on a diagram drawn in Latch (NativeStencils):
// its kind, and for a boundary its shape.
QString standsForOfShape(const QString& representation, const QString& kind)
{
    if (representation == QLatin1String("LineBoundary"))
        return QStringLiteral("line boundary");
    if (representation == QLatin1String("BorderBoundary"))
        return QStringLiteral("region boundary");
    return kind;
}

// "{source.Name}" and friends onto Latch's placeholders; other braces are literal text.
QString templateText(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{(source|target|flow)\\.name\\}"),
                                                QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype at = 0;
    auto literal = [](QString piece) {
        return piece.replace(QLatin1Char('{'), QStringLiteral("{{"))
            .replace(QLatin1Char('}'), QStringLiteral("}}"));
    };
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += literal(text.mid(at, match.capturedStart() - at));
        out += QLatin1Char('{') + match.captured(1).toLower() + QStringLiteral(".name}");
        at = match.capturedEnd();
    }
    return out + literal(text.mid(at));
}

struct Attribute
{
    QString name;
    QString label;
    QStringList values;
};

struct Stencil
{
    QString id;
    QString parent;    // a stencil id, or a Latch kind for the generic ones
    QString kind;      // the Latch kind of its generic ancestor
    QString standsFor; // for the generic ones: what Latch's own shapes stand for
    QString name;
    QString description;
    QVector<Attribute> attributes;
};

class Converter
{
public:
    explicit Converter(QStringList* problems)
        : m_problems(problems)
    {
    }

    Json convert(const XmlNode& document)
    {
        // A .tm7 carries the template it was made with: its KnowledgeBase element.
        const XmlNode* kb = document.name == QLatin1String("ThreatModel")
                                ? document.child(QLatin1String("KnowledgeBase"))
                                : &document;
        const XmlNode& root = kb ? *kb : document;
        if (root.name != QLatin1String("KnowledgeBase"))
            throw FormatFailure{{QStringLiteral("not a TMT template (the root is %1, not "
                                                "KnowledgeBase)")
                                     .arg(root.name),
                                 QString(), 0, 0}};
        readStencils(root);
        Json library = {{"format", "latch.rules"},
                        {"version", 1},
                        {"id", utf8(QStringLiteral("tmt.") + m_manifestId)},
                        {"name", utf8(m_manifestName)},
                        {"description", utf8(QStringLiteral("Converted from the Threat Modeling "
                                                            "Tool template %1")
                                                 .arg(m_manifestName))}};
        library["categories"] = categories(root);
        library["types"] = types();
        // TMT's own out-of-scope mark, on every element that takes part in an interaction.
        Json scope = Json::array(
            {{{"name", utf8(TmtFilterTranslator::propertyName(Tb7Reader::outOfScopeAttribute()))},
              {"label", "Out of scope (TMT)"},
              {"type", "bool"},
              {"default", false},
              {"description", "Marked out of scope in the Threat Modeling Tool: a flow marked so "
                              "generates no threats."}}});
        library["properties"] = {
            {"entity", scope}, {"process", scope}, {"store", scope}, {"flow", scope}};
        library["mitigations"] = Json::array();
        library["rules"] = rules(root);
        return library;
    }

private:
    static const XmlNode* section(const XmlNode& root, const char* name)
    {
        return root.child(QLatin1String(name));
    }

    void readStencils(const XmlNode& root)
    {
        if (const XmlNode* manifest = section(root, "Manifest")) {
            // Attributes in a .tb7, child elements in a model's embedded copy.
            m_manifestName = manifest->value(QLatin1String("Name"));
            if (m_manifestName.isEmpty())
                m_manifestName = manifest->attributes.value(QStringLiteral("name"));
            m_manifestId = manifest->value(QLatin1String("Id"));
            if (m_manifestId.isEmpty())
                m_manifestId = manifest->attributes.value(QStringLiteral("id"));
            if (m_manifestName.isEmpty())
                m_manifestName = QStringLiteral("TMT template");
            if (m_manifestId.isEmpty())
                m_manifestId = QStringLiteral("template");
        }
        const XmlNode* generic = section(root, "GenericElements");
        const XmlNode* standard = section(root, "StandardElements");
        if (!generic)
            throw FormatFailure{{QStringLiteral("not a TMT template (no GenericElements)"),
                                 QStringLiteral("KnowledgeBase"), 0, 0}};
        for (const XmlNode* list : {generic, standard}) {
            if (!list)
                continue;
            for (const XmlNode& element : list->children)
                readStencil(element, list == generic);
        }
    }

    void readStencil(const XmlNode& element, bool generic)
    {
        Stencil s;
        s.id = element.value(QLatin1String("ID"));
        if (s.id.isEmpty())
            s.id = element.value(QLatin1String("Id"));
        s.name = element.value(QLatin1String("Name"));
        s.description = element.value(QLatin1String("Description")).simplified();
        QString parent = element.value(QLatin1String("ParentElement"));
        if (parent.isEmpty())
            parent = element.value(QLatin1String("ParentId"));
        const QString shape = element.value(QLatin1String("Representation"));
        if (generic || parent == QLatin1String("ROOT")) {
            s.parent = kindOfShape(shape);
            if (s.parent.isEmpty()) {
                m_problems->append(QStringLiteral("stencil %1 (%2): shape %3 has no Latch kind; "
                                                  "left out")
                                       .arg(s.id, s.name, shape));
                return;
            }
            s.standsFor = standsForOfShape(shape, s.parent);
        } else {
            s.parent = parent;
            if (!m_stencils.contains(parent)) {
                m_problems->append(QStringLiteral("stencil %1 (%2): unknown parent %3; left out")
                                       .arg(s.id, s.name, parent));
                return;
            }
        }
        s.kind = m_stencils.contains(s.parent) ? m_stencils.value(s.parent).kind : s.parent;
        if (!IdGenerator::isAcceptable(s.id) || m_stencils.contains(s.id)) {
            m_problems->append(
                QStringLiteral("stencil \"%1\": missing or repeated id; left out").arg(s.name));
            return;
        }
        if (const XmlNode* attributes = element.child(QLatin1String("Attributes"))) {
            QSet<QString> seen;
            for (const XmlNode& a : attributes->children) {
                Attribute attribute;
                attribute.name = a.value(QLatin1String("Name"));
                attribute.label = a.value(QLatin1String("DisplayName"));
                if (attribute.name.isEmpty() || seen.contains(attribute.name))
                    continue; // some templates list an attribute twice
                seen.insert(attribute.name);
                if (const XmlNode* values = a.child(QLatin1String("AttributeValues"))) {
                    for (const XmlNode& v : values->children)
                        attribute.values << v.text.trimmed();
                }
                s.attributes.append(attribute);
                if (s.kind == QLatin1String("flow"))
                    m_flowAttributes.insert(attribute.name);
                else if (s.kind != QLatin1String("boundary"))
                    m_elementAttributes.insert(attribute.name);
            }
        }
        m_order.append(s.id);
        m_stencils.insert(s.id, s);
    }

    // The attributes a stencil has from its ancestors, by name.
    QHash<QString, Attribute> inherited(const QString& parent) const
    {
        QHash<QString, Attribute> result;
        QString current = parent;
        for (int depth = 0; depth < 16 && m_stencils.contains(current); ++depth) {
            for (const Attribute& a : m_stencils.value(current).attributes) {
                if (!result.contains(a.name))
                    result.insert(a.name, a);
            }
            current = m_stencils.value(current).parent;
        }
        return result;
    }

    Json types() const
    {
        Json list = Json::array();
        for (const QString& id : m_order) {
            const Stencil& s = m_stencils.value(id);
            const QHash<QString, Attribute> fromParents = inherited(s.parent);
            Json properties = Json::array();
            Json defaults = Json::object();
            for (const Attribute& a : s.attributes) {
                const QString name = TmtFilterTranslator::propertyName(a.name);
                if (fromParents.contains(a.name)) {
                    // A static attribute (or a one-item override): the subtype's fixed value.
                    if (!a.values.isEmpty())
                        defaults[utf8(name)] = utf8(a.values.first());
                    continue;
                }
                Json p = {{"name", utf8(name)},
                          {"label", utf8(a.label.isEmpty() ? a.name : a.label)}};
                if (a.values.isEmpty()) {
                    p["type"] = "string";
                } else {
                    p["type"] = "enum";
                    Json values = Json::array();
                    for (const QString& v : a.values)
                        values.push_back(utf8(v));
                    p["values"] = values;
                    p["default"] = utf8(a.values.first());
                }
                properties.push_back(p);
            }
            Json type = {{"id", utf8(s.id)},
                         {"parent", utf8(s.parent)},
                         {"name", utf8(s.name.isEmpty() ? s.id : s.name)},
                         {"description", utf8(s.description)}};
            if (!properties.empty())
                type["properties"] = properties;
            if (!defaults.empty())
                type["defaults"] = defaults;
            if (!s.standsFor.isEmpty())
                type["standsFor"] = utf8(s.standsFor);
            list.push_back(type);
        }
        return list;
    }

    Json categories(const XmlNode& root)
    {
        Json list = Json::array();
        const XmlNode* categories = section(root, "ThreatCategories");
        if (!categories)
            return list;
        QSet<QString> added;
        for (const XmlNode& c : categories->children) {
            const QString name = c.value(QLatin1String("Name"));
            const QString id = ImportBuilder::categoryFromName(name);
            m_categories.insert(c.value(QLatin1String("Id")), id);
            if (ThreatCategory::isStride(id) || added.contains(id))
                continue;
            added.insert(id);
            list.push_back({{"id", utf8(id)},
                            {"name", utf8(name)},
                            {"description", utf8(c.value(QLatin1String("ShortDescription")))}});
        }
        return list;
    }

    Json rules(const XmlNode& root)
    {
        Json list = Json::array();
        const XmlNode* types = section(root, "ThreatTypes");
        if (!types)
            return list;
        QSet<QString> stencilIds;
        for (const QString& id : m_order)
            stencilIds.insert(id);
        const TmtFilterTranslator translator(stencilIds, m_elementAttributes, m_flowAttributes);
        const QString outOfScope =
            QStringLiteral("not flow.[%1]")
                .arg(TmtFilterTranslator::propertyName(Tb7Reader::outOfScopeAttribute()));
        QSet<QString> seen;
        for (const XmlNode& t : types->children) {
            const QString id = t.value(QLatin1String("Id"));
            const QString title = t.value(QLatin1String("ShortTitle"));
            const QString label = QStringLiteral("threat type %1 (%2)").arg(id, title);
            if (!IdGenerator::isAcceptable(id) || seen.contains(id)) {
                m_problems->append(label + QStringLiteral(": missing or repeated id; left out"));
                continue;
            }
            seen.insert(id);
            const XmlNode* filters = t.child(QLatin1String("GenerationFilters"));
            const QString include = filters ? filters->value(QLatin1String("Include")) : QString();
            const QString exclude = filters ? filters->value(QLatin1String("Exclude")) : QString();
            QString error;
            const auto included = translator.translate(include, &error);
            if (!included) {
                m_problems->append(label + QStringLiteral(": Include filter not translated: ") +
                                   error);
                continue;
            }
            const auto excluded = translator.translate(exclude, &error);
            if (!excluded) {
                m_problems->append(label + QStringLiteral(": Exclude filter not translated: ") +
                                   error);
                continue;
            }
            QStringList parts{outOfScope};
            if (!included->isEmpty())
                parts << *included;
            if (!excluded->isEmpty())
                parts << QStringLiteral("not (%1)").arg(*excluded);
            const QString category = m_categories.value(
                t.value(QLatin1String("Category")),
                ImportBuilder::categoryFromName(t.value(QLatin1String("Category"))));
            list.push_back(
                {{"id", utf8(id)},
                 {"category", utf8(category)},
                 {"target", "interaction"},
                 {"condition", utf8(parts.join(QStringLiteral(" and ")))},
                 {"title", utf8(templateText(title.isEmpty() ? id : title))},
                 {"description",
                  utf8(templateText(t.value(QLatin1String("Description")).simplified()))},
                 {"references", Json::array({utf8(QStringLiteral("TMT:") + id)})}});
        }
        return list;
    }

    QStringList* m_problems;
    QString m_manifestName = QStringLiteral("TMT template");
    QString m_manifestId = QStringLiteral("template");
    QHash<QString, Stencil> m_stencils;
    QStringList m_order;
    QSet<QString> m_elementAttributes; // of entity, process and store stencils
    QSet<QString> m_flowAttributes;
    QHash<QString, QString> m_categories; // TMT category id -> Latch category
};

} // namespace

QString Tb7Reader::outOfScopeAttribute()
{
    return QStringLiteral("71f3d9aa-b8ef-4e54-8126-607a1d903103");
}

std::optional<QByteArray> Tb7Reader::convert(const QByteArray& xml, QStringList* problems,
                                             FormatError* error)
{
    QStringList ignored;
    QString message;
    int line = 0;
    int column = 0;
    const auto root = XmlNode::parse(xml, &message, &line, &column);
    if (!root) {
        if (error)
            *error = {message, QString(), line, column};
        return std::nullopt;
    }
    try {
        const Json library = Converter(problems ? problems : &ignored).convert(*root);
        return QByteArray::fromStdString(library.dump(1));
    } catch (const FormatFailure& failure) {
        if (error)
            *error = failure.error;
        return std::nullopt;
    }
}

} // namespace latch
