#include "RuleLibraryLoader.h"

#include "Frameworks.h"

#include "RuleLibrary.h"
#include "format/JsonObjectReader.h"
#include "format/JsonText.h"
#include "model/ThreatCategory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

namespace latch {

namespace {

using namespace jsontext;
using ObjectReader = JsonObjectReader;

constexpr qint64 maximumLibrarySize = RuleLibraryLoader::maximumSize;
constexpr int maximumNesting = RuleLibraryLoader::maximumNesting;

// Reads one library document on top of a copy of the library in force.
class LibraryReader
{
public:
    LibraryReader(RuleLibrary& library, bool portable)
        : m_library(library)
        , m_portable(portable)
    {
    }

    void read(const Json& root)
    {
        ObjectReader doc(root, {});
        doc.allowOnly({"format", "version", "id", "name", "description", "categories", "types",
                       "properties", "mitigations", "rules"});
        if (doc.string("format", true) != QLatin1String("latch.rules"))
            fail(QStringLiteral("format"),
                 QStringLiteral("not a Latch rule library (expected \"latch.rules\")"));
        if (doc.integer("version", 1, 1000) != 1)
            fail(QStringLiteral("version"),
                 QStringLiteral("library version is newer than this Latch reads (1)"));
        const QString id = doc.string("id", true);
        const QString name = doc.string("name");
        m_library.addSource(name.isEmpty() ? id
                                           : id + QStringLiteral(" (") + name + QLatin1Char(')'));
        m_libraryId = id;

        const Json& categories = doc.array("categories");
        for (rapidjson::SizeType i = 0; i < categories.Size(); ++i)
            readCategory(ObjectReader(categories[i], indexed(QStringLiteral("categories"), i)));
        if (const Json* properties = doc.find("properties"))
            readKindProperties(ObjectReader(*properties, QStringLiteral("properties")));
        const Json& types = doc.array("types");
        for (rapidjson::SizeType i = 0; i < types.Size(); ++i)
            readType(ObjectReader(types[i], indexed(QStringLiteral("types"), i)));
        const Json& mitigations = doc.array("mitigations");
        for (rapidjson::SizeType i = 0; i < mitigations.Size(); ++i)
            readMitigation(ObjectReader(mitigations[i], indexed(QStringLiteral("mitigations"), i)));
        const Json& rules = doc.array("rules");
        for (rapidjson::SizeType i = 0; i < rules.Size(); ++i)
            readRule(rules[i], i);
    }

private:
    void readCategory(const ObjectReader& in)
    {
        in.allowOnly({"id", "name", "description"});
        LibraryCategory c{in.string("id", true), in.string("name"), in.string("description")};
        if (!ThreatCategory::isWellFormed(c.id))
            fail(in.pathOf("id"), quoted(c.id) + QStringLiteral(" is not a category name "
                                                                "(lowercase letters, digits, _)"));
        m_library.addCategory(c);
    }

    static PropertySchema readSchema(const ObjectReader& in)
    {
        in.allowOnly({"name", "label", "type", "values", "default", "description"});
        PropertySchema p;
        p.name = in.string("name", true);
        if (p.name.isEmpty())
            fail(in.pathOf("name"), QStringLiteral("a property needs a name"));
        p.label = in.string("label");
        if (p.label.isEmpty())
            p.label = p.name;
        p.description = in.string("description");
        const QString type = in.string("type", true);
        const Json* fallback = in.find("default");
        if (type == QLatin1String("bool")) {
            p.type = PropertySchema::Type::Bool;
            p.defaultValue = fallback ? QVariant(in.boolean("default", false)) : QVariant(false);
        } else if (type == QLatin1String("enum")) {
            p.type = PropertySchema::Type::Enum;
            p.values = in.strings("values");
            if (p.values.isEmpty())
                fail(in.pathOf("values"), QStringLiteral("an enum lists its values"));
            p.defaultValue = fallback ? in.string("default") : p.values.first();
            if (!p.values.contains(p.defaultValue.toString()))
                fail(in.pathOf("default"), QStringLiteral("%1 is not one of the values")
                                               .arg(quoted(p.defaultValue.toString())));
        } else if (type == QLatin1String("string")) {
            p.type = PropertySchema::Type::String;
            p.defaultValue = fallback ? in.string("default") : QString();
        } else if (type == QLatin1String("number")) {
            p.type = PropertySchema::Type::Number;
            if (fallback) {
                if (!fallback->IsNumber())
                    fail(in.pathOf("default"), QStringLiteral("expected a number"));
                p.defaultValue = fallback->GetDouble();
            }
        } else {
            fail(in.pathOf("type"), QStringLiteral("unknown property type %1 (bool, enum, string "
                                                   "or number)")
                                        .arg(quoted(type)));
        }
        return p;
    }

    static QVector<PropertySchema> readSchemas(const ObjectReader& owner, const char* key)
    {
        QVector<PropertySchema> schemas;
        const Json& items = owner.array(key);
        for (rapidjson::SizeType i = 0; i < items.Size(); ++i) {
            const PropertySchema p =
                readSchema(ObjectReader(items[i], indexed(owner.pathOf(key), i)));
            for (const PropertySchema& earlier : schemas) {
                if (earlier.name == p.name)
                    fail(indexed(owner.pathOf(key), i),
                         QStringLiteral("property %1 is declared twice").arg(quoted(p.name)));
            }
            schemas.append(p);
        }
        return schemas;
    }

    void readKindProperties(const ObjectReader& in)
    {
        in.allowOnly({"entity", "process", "store", "flow", "boundary", "note"});
        for (ElementKind kind : allElementKinds) {
            const QByteArray key = elementKindName(kind).toLatin1();
            QVector<PropertySchema> schemas = readSchemas(in, key.constData());
            for (PropertySchema& schema : schemas)
                schema.framework = Frameworks::indexOfLibrary(m_libraryId);
            m_library.types().addProperties(kind, schemas);
        }
    }

    void readType(const ObjectReader& in)
    {
        in.allowOnly(
            {"id", "parent", "name", "description", "properties", "defaults", "standsFor"});
        ElementType type;
        type.id = in.string("id", true);
        if (!IdGenerator::isAcceptable(type.id))
            fail(in.pathOf("id"), quoted(type.id) + QStringLiteral(" is not a valid type id"));
        type.parent = in.string("parent", true);
        type.name = in.string("name");
        if (type.name.isEmpty())
            type.name = type.id;
        type.description = in.string("description");
        type.properties = readSchemas(in, "properties");
        const ElementType* parent = m_library.types().find(type.parent);
        if (!parent)
            fail(in.path(), QStringLiteral("type %1: unknown parent %2")
                                .arg(quoted(type.id), quoted(type.parent)));
        type.standsFor = in.string("standsFor");
        if (!type.standsFor.isEmpty()) {
            // A template's generic stencil: the kind it is under, and for a boundary the shape.
            QStringList allowed{elementKindName(parent->kind)};
            if (parent->kind == ElementKind::Boundary)
                allowed << QStringLiteral("region boundary") << QStringLiteral("line boundary");
            if (!allowed.contains(type.standsFor))
                fail(in.pathOf("standsFor"),
                     QStringLiteral("%1 is not %2")
                         .arg(quoted(type.standsFor), allowed.join(QStringLiteral(", "))));
        }
        if (const Json* defaults = in.find("defaults")) {
            ObjectReader d(*defaults, in.pathOf("defaults"));
            QStringList known;
            for (const PropertySchema& p : m_library.types().propertiesOf(type.parent))
                known.append(p.name);
            for (const PropertySchema& p : type.properties)
                known.append(p.name);
            for (auto it = defaults->MemberBegin(); it != defaults->MemberEnd(); ++it) {
                const QString name = fromUtf8(it->name);
                if (!known.contains(name))
                    fail(d.path(), QStringLiteral("unknown property %1").arg(quoted(name)));
                const Json& value = it->value;
                if (value.IsBool())
                    type.defaults.insert(name, value.GetBool());
                else if (value.IsNumber())
                    type.defaults.insert(name, value.GetDouble());
                else if (value.IsString())
                    type.defaults.insert(name, fromUtf8(value));
                else
                    fail(d.path() + QLatin1Char('.') + name,
                         QStringLiteral("expected a boolean, a number or a string"));
            }
        }
        QString error;
        if (!m_library.types().add(type, &error))
            fail(in.path(), error);
    }

    void readMitigation(const ObjectReader& in)
    {
        in.allowOnly({"id", "title", "description"});
        LibraryMitigation m{in.string("id", true), in.string("title", true),
                            in.string("description")};
        if (!IdGenerator::isAcceptable(m.id))
            fail(in.pathOf("id"), quoted(m.id) + QStringLiteral(" is not a valid id"));
        m_library.addMitigation(m);
    }

    void readRule(const Json& json, rapidjson::SizeType index)
    {
        QString label = indexed(QStringLiteral("rules"), index);
        if (json.IsObject()) {
            const auto id = json.FindMember("id");
            if (id != json.MemberEnd() && id->value.IsString())
                label += QStringLiteral(" (") + fromUtf8(id->value) + QLatin1Char(')');
        }
        ObjectReader in(json, label);
        in.allowOnly({"id", "category", "target", "condition", "title", "description", "dread",
                      "mitigations", "references", "weakness"});
        Rule rule;
        rule.library = m_libraryId;
        rule.framework = Frameworks::indexOfLibrary(m_libraryId);
        rule.id = in.string("id", true);
        if (!IdGenerator::isAcceptable(rule.id))
            fail(label, QStringLiteral("id: %1 is not a valid rule id").arg(quoted(rule.id)));
        rule.category = in.string("category", true);
        if (!m_library.findCategory(rule.category))
            fail(label, QStringLiteral("category: unknown category %1").arg(quoted(rule.category)));
        const QString target = in.string("target", true);
        const auto parsedTarget = ruleTargetFromName(target);
        if (!parsedTarget)
            fail(label, QStringLiteral("target: %1 is not entity, process, store, boundary, flow "
                                       "or interaction")
                            .arg(quoted(target)));
        rule.target = *parsedTarget;

        QString error;
        int column = 0;
        rule.condition = Condition::parse(in.string("condition"), &error, &column);
        if (!rule.condition)
            fail(label, QStringLiteral("condition, column %1: %2").arg(column).arg(error));
        checkNames(*rule.condition, rule.target, label, QStringLiteral("condition"));

        for (const char* key : {"title", "description"}) {
            TextTemplate& text = key[0] == 't' ? rule.title : rule.description;
            if (!text.parse(in.string(key, key[0] == 't'), &error, &column))
                fail(label, QStringLiteral("%1, column %2: %3")
                                .arg(QLatin1String(key))
                                .arg(column)
                                .arg(error));
        }
        if (rule.title.text().trimmed().isEmpty())
            fail(label, QStringLiteral("title: a rule needs a title"));

        if (const Json* dread = in.find("dread")) {
            rule.dread = ObjectReader(*dread, label + QStringLiteral(".dread")).dreadScore();
        }
        rule.mitigations = in.strings("mitigations");
        for (const QString& id : rule.mitigations) {
            if (!m_library.findMitigation(id))
                fail(
                    label,
                    QStringLiteral("mitigations: no mitigation %1 in the catalog").arg(quoted(id)));
        }
        rule.references = in.strings("references");
        rule.weakness = in.string("weakness");
        if (!rule.weakness.isEmpty() && !rule.references.contains(rule.weakness))
            fail(label, QStringLiteral("weakness: %1 is not one of the rule's references")
                            .arg(quoted(rule.weakness)));
        if (m_seenRules.contains(rule.id))
            fail(label, QStringLiteral("id: rule %1 is defined twice").arg(quoted(rule.id)));
        m_seenRules.insert(rule.id);
        rule.portable = m_portable;
        m_library.addRule(rule);
    }

    // Property and type names must exist: a typo would otherwise make a rule silently never fire.
    void checkNames(const Condition& condition, RuleTarget target, const QString& label,
                    const QString& part) const
    {
        const bool flowRule = target == RuleTarget::Flow || target == RuleTarget::Interaction;
        const TypeRegistry& types = m_library.types();
        for (const Condition::PropertyUse& use : condition.propertyUses()) {
            QStringList known;
            switch (use.role) {
            case ConditionNode::Role::Element:
                known = types.propertyNamesBelow(elementKindName(ruleTargetKind(target)));
                break;
            case ConditionNode::Role::Flow:
                known = types.propertyNamesBelow(QStringLiteral("flow"));
                break;
            case ConditionNode::Role::Source:
            case ConditionNode::Role::Target:
                for (const char* kind : {"entity", "process", "store"})
                    known += types.propertyNamesBelow(QString::fromLatin1(kind));
                break;
            }
            if (!flowRule && use.role != ConditionNode::Role::Element)
                fail(label, QStringLiteral("%1, column %2: only flow and interaction rules have a "
                                           "flow, a source and a target")
                                .arg(part)
                                .arg(use.column));
            if (!known.contains(use.name))
                fail(label, QStringLiteral("%1, column %2: unknown property %3")
                                .arg(part)
                                .arg(use.column)
                                .arg(quoted(use.name)));
        }
        for (const Condition::TypeUse& use : condition.typeUses()) {
            if (!types.find(use.name))
                fail(label, QStringLiteral("%1, column %2: unknown type %3")
                                .arg(part)
                                .arg(use.column)
                                .arg(quoted(use.name)));
        }
    }

    RuleLibrary& m_library;
    bool m_portable;
    QString m_libraryId;
    QSet<QString> m_seenRules;
};

} // namespace

namespace {

bool loadLibrary(const QByteArray& bytes, const QString& sourceName, RuleLibrary& library,
                 QString* error, bool portable)
{
    RuleLibrary candidate = library; // all or nothing
    try {
        if (bytes.size() > maximumLibrarySize)
            fail({}, QStringLiteral("larger than the 16 MiB limit"));
        const std::unique_ptr<Document> root = jsontext::parse(bytes, maximumNesting);
        LibraryReader(candidate, portable).read(*root);
    } catch (const FormatFailure& failure) {
        if (error)
            *error = failure.error.toString(sourceName);
        return false;
    } catch (const std::exception& e) {
        if (error)
            *error = sourceName + QStringLiteral(": ") + QString::fromUtf8(e.what());
        return false;
    }
    library = std::move(candidate);
    return true;
}

} // namespace

bool RuleLibraryLoader::load(const QByteArray& bytes, const QString& sourceName,
                             RuleLibrary& library, QString* error)
{
    return loadLibrary(bytes, sourceName, library, error, false);
}

bool RuleLibraryLoader::loadModelLibrary(const QByteArray& bytes, const QString& sourceName,
                                         RuleLibrary& library, QString* error)
{
    return loadLibrary(bytes, sourceName, library, error, true);
}

bool RuleLibraryLoader::loadFile(const QString& path, RuleLibrary& library, QString* error)
{
    QFile file(path);
    if (QFileInfo(path).size() > maximumLibrarySize) {
        if (error)
            *error = path + QStringLiteral(": larger than the 16 MiB limit");
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": cannot open: ") + file.errorString();
        return false;
    }
    return load(file.readAll(), path, library, error);
}

bool RuleLibraryLoader::loadBuiltin(RuleLibrary& library, QString* error)
{
    // Every framework's library, whichever a model uses: their threats' texts are rendered
    // from the rules, so every Latch must have all of them.
    for (const QString& resource : Frameworks::libraryResources()) {
        QFile file(resource);
        const QString name = QFileInfo(resource).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("the built-in rule library %1 is missing").arg(name);
            return false;
        }
        if (!loadLibrary(file.readAll(), name, library, error, true))
            return false;
    }
    return true;
}

void RuleLibraryLoader::loadFolder(const QString& folder, RuleLibrary& library, QStringList* errors)
{
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QString error;
        if (!loadFile(dir.filePath(name), library, &error) && errors)
            errors->append(error);
    }
}

QString RuleLibraryLoader::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/latch/rules");
}

std::shared_ptr<const RuleLibrary> RuleLibraryLoader::portable(const QByteArray& embedded)
{
    static QMutex mutex;
    // The built-in library alone, and the last few models' own: a process reads one model or
    // a handful, and each is asked for many times.
    static std::shared_ptr<const RuleLibrary> builtin;
    static QList<QPair<QByteArray, std::shared_ptr<const RuleLibrary>>> recent;
    const QMutexLocker lock(&mutex);
    if (!builtin) {
        auto library = std::make_shared<RuleLibrary>();
        loadBuiltin(*library, nullptr);
        builtin = std::move(library);
    }
    if (embedded.isEmpty())
        return builtin;
    for (const auto& [bytes, library] : std::as_const(recent)) {
        if (bytes == embedded)
            return library;
    }
    auto library = std::make_shared<RuleLibrary>(*builtin);
    if (!loadModelLibrary(embedded, QStringLiteral("the model's own library"), *library, nullptr))
        library = std::make_shared<RuleLibrary>(*builtin);
    recent.prepend({embedded, library});
    while (recent.size() > 4)
        recent.removeLast();
    return library;
}

RuleLibrary RuleLibraryLoader::standard(QStringList* errors)
{
    RuleLibrary library;
    QString error;
    if (!loadBuiltin(library, &error) && errors)
        errors->append(error);
    loadFolder(userFolder(), library, errors);
    return library;
}

} // namespace latch
