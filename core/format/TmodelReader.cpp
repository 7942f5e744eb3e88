#include "TmodelReader.h"

#include "SchemaMigration.h"
#include "TmodelFormat.h"
#include "engine/Frameworks.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "engine/ThreatText.h"
#include "model/IdGenerator.h"
#include "model/Model.h"
#include "model/ThreatCategory.h"

#include "JsonObjectReader.h"
#include "JsonText.h"
#include "ModelChecks.h"

#include <QHash>
#include <QSet>

namespace latch {

namespace {

using namespace jsontext;
using ObjectReader = JsonObjectReader;

// Reads a whole document into a Model and checks the references between its parts.
class DocumentReader
{
public:
    Model read(const Json& root)
    {
        ObjectReader doc(root, {});
        doc.allowOnly({"format", "version", "model", "diagrams", "threats", "mitigations",
                       "library", "conflicts"});
        if (const Json* meta = doc.find("model"))
            readMeta(ObjectReader(*meta, QStringLiteral("model")));

        const Json& diagrams = doc.array("diagrams", true);
        for (rapidjson::SizeType i = 0; i < diagrams.Size(); ++i)
            readDiagram(ObjectReader(diagrams[i], doc, "diagrams", i));

        const Json& mitigations = doc.array("mitigations");
        for (rapidjson::SizeType i = 0; i < mitigations.Size(); ++i)
            readMitigation(ObjectReader(mitigations[i], doc, "mitigations", i));

        if (const Json* library = doc.find("library"); library && !library->IsNull()) {
            if (!library->IsObject())
                fail(QStringLiteral("library"),
                     QStringLiteral("expected a rule library object or null, found ") +
                         describe(*library));
            // Kept as text; the engine parses and checks it when the model's rules are loaded.
            m_model.embeddedLibrary = canonicalText(*library);
        }
        // What a generated threat leaves out of the file comes from these rules.
        m_rules = RuleLibraryLoader::portable(m_model.embeddedLibrary);

        const Json& threats = doc.array("threats");
        m_model.threats.reserve(threats.Size());
        for (rapidjson::SizeType i = 0; i < threats.Size(); ++i)
            readThreat(ObjectReader(threats[i], doc, "threats", i));

        const Json& conflicts = doc.array("conflicts");
        for (rapidjson::SizeType i = 0; i < conflicts.Size(); ++i)
            readConflict(ObjectReader(conflicts[i], doc, "conflicts", i));

        return std::move(m_model);
    }

private:
    void readMeta(const ObjectReader& meta)
    {
        meta.allowOnly({"title", "owner", "reviewers", "description", "scope", "riskMethod",
                        "frameworks", "assets", "compliance"});
        m_model.title = meta.string("title");
        m_model.owner = meta.string("owner");
        m_model.reviewers = meta.strings("reviewers");
        m_model.description = meta.string("description");
        m_model.scope = meta.string("scope");
        const QString method = meta.string("riskMethod");
        if (method.isEmpty() || method == QLatin1String("dread"))
            m_model.riskMethod = RiskMethod::Dread;
        else if (method == QLatin1String("matrix"))
            m_model.riskMethod = RiskMethod::Matrix;
        else
            fail(meta.pathOf("riskMethod"),
                 QStringLiteral("expected \"dread\" or \"matrix\", found ") + quoted(method));
        if (meta.find("frameworks")) {
            const QStringList names = meta.strings("frameworks");
            QString unknown;
            const QStringList known = Frameworks::canonical(names, &unknown);
            if (!unknown.isEmpty())
                fail(meta.pathOf("frameworks"), Frameworks::unknownError(unknown));
            if (known.size() != names.size())
                fail(meta.pathOf("frameworks"), QStringLiteral("a framework is listed twice"));
            m_model.frameworks = known;
        }
        const Json& assets = meta.array("assets");
        for (rapidjson::SizeType i = 0; i < assets.Size(); ++i) {
            ObjectReader asset(assets[i], meta, "assets", i);
            asset.allowOnly({"id", "name", "classification", "description"});
            Asset a;
            a.id = asset.id("id");
            a.name = asset.string("name");
            a.classification = asset.string("classification");
            if (a.classification.isEmpty())
                a.classification = QStringLiteral("internal");
            a.description = asset.string("description");
            m_model.assets.append(a);
        }
        m_model.compliance = meta.strings("compliance");
    }

    void readDiagram(const ObjectReader& in)
    {
        in.allowOnly({"id", "name", "elements"});
        Diagram diagram;
        diagram.id = in.id("id");
        diagram.name = in.string("name");
        const Json& elements = in.array("elements");
        diagram.elements.reserve(qsizetype(elements.Size()));
        for (rapidjson::SizeType i = 0; i < elements.Size(); ++i)
            diagram.elements.append(readElement(ObjectReader(elements[i], in, "elements", i)));
        m_model.diagrams.append(std::move(diagram));
    }

    Element readElement(const ObjectReader& in)
    {
        Element e;
        const QString kindName = in.string("kind", true);
        const auto kind = elementKindFromName(kindName);
        if (!kind)
            fail(in.pathOf("kind"),
                 QStringLiteral("unknown kind %1 (expected entity, process, store, flow, "
                                "boundary or note)")
                     .arg(quoted(kindName)));
        e.kind = *kind;
        if (e.kind == ElementKind::Flow) {
            in.allowOnly({"id", "kind", "type", "name", "description", "source", "target",
                          "bidirectional", "curved", "points", "label", "properties"});
        } else if (e.kind == ElementKind::Boundary) {
            in.allowOnly({"id", "kind", "type", "name", "description", "shape", "x", "y", "width",
                          "height", "points", "properties"});
        } else {
            in.allowOnly({"id", "kind", "type", "name", "description", "x", "y", "width", "height",
                          "properties"});
        }
        e.id = in.id("id");
        m_elementIds.insert(bytesOf(in.require("id")), e.id);
        e.type = pooled(in, "type", m_types);
        if (e.type.isEmpty())
            e.type = kindName;
        e.name = in.string("name");
        e.description = in.string("description");

        if (e.kind == ElementKind::Flow) {
            e.source = elementId(in, "source");
            e.target = elementId(in, "target");
            e.bidirectional = in.boolean("bidirectional", false);
            e.curved = in.boolean("curved", false);
            e.points = readPoints(in, false);
            if (const Json* label = in.find("label")) {
                const ObjectReader offset(*label, in, "label");
                offset.allowOnly({"x", "y"});
                const int limit = -TmodelFormat::maximumCoordinate;
                e.labelOffset = {offset.coordinate("x", limit), offset.coordinate("y", limit)};
            }
        } else if (e.kind == ElementKind::Boundary) {
            const QString shapeName = in.string("shape");
            const auto shape = shapeName.isEmpty() ? std::optional(BoundaryShape::Region)
                                                   : boundaryShapeFromName(shapeName);
            if (!shape)
                fail(in.pathOf("shape"),
                     QStringLiteral("expected \"region\" or \"line\", found ") + quoted(shapeName));
            e.shape = *shape;
            if (e.shape == BoundaryShape::Region) {
                if (in.find("points"))
                    fail(in.pathOf("points"), QStringLiteral("a region boundary has no points"));
                e.bounds = readBox(in);
            } else {
                for (const char* key : {"x", "y", "width", "height"}) {
                    if (in.find(key))
                        fail(in.pathOf(key),
                             QStringLiteral("a line boundary is given by its points"));
                }
                e.points = readPoints(in, true);
            }
        } else {
            e.bounds = readBox(in);
        }
        if (const Json* properties = in.find("properties"))
            e.properties = readProperties(ObjectReader(*properties, in, "properties"));
        return e;
    }

    static Rect readBox(const ObjectReader& in)
    {
        const int limit = -TmodelFormat::maximumCoordinate;
        return {in.coordinate("x", limit), in.coordinate("y", limit), in.coordinate("width", 1),
                in.coordinate("height", 1)};
    }

    // How many points a flow or a line may have is ModelChecks' to say.
    static QVector<Point> readPoints(const ObjectReader& in, bool required)
    {
        const Json& items = in.array("points", required);
        QVector<Point> points;
        points.reserve(qsizetype(items.Size()));
        const int limit = -TmodelFormat::maximumCoordinate;
        for (rapidjson::SizeType i = 0; i < items.Size(); ++i) {
            ObjectReader point(items[i], in, "points", i);
            point.allowOnly({"x", "y"});
            points.append({point.coordinate("x", limit), point.coordinate("y", limit)});
        }
        return points;
    }

    static QVariantMap readProperties(const ObjectReader& in)
    {
        QVariantMap properties;
        const Json& object = in.json();
        for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
            const QString name = fromUtf8(it->name);
            const auto path = [&]() -> QString { return in.path() + QLatin1Char('.') + name; };
            const Json& value = it->value;
            if (value.IsBool())
                properties.insert(name, value.GetBool());
            else if (value.IsInt64())
                properties.insert(name, qlonglong(value.GetInt64()));
            else if (value.IsUint64())
                fail(path(), QStringLiteral("number out of range"));
            else if (value.IsNumber())
                properties.insert(name, value.GetDouble());
            else if (value.IsString())
                properties.insert(name, fromUtf8(value));
            else
                fail(path(), QStringLiteral("expected a boolean, a number or a string, found ") +
                                 describe(value));
        }
        return properties;
    }

    void readMitigation(const ObjectReader& in)
    {
        in.allowOnly({"id", "title", "description", "status"});
        Mitigation m;
        m.id = in.id("id");
        m.title = in.string("title");
        m.description = in.string("description");
        const QString status = in.string("status");
        const auto parsed = status.isEmpty() ? std::optional(MitigationStatus::Proposed)
                                             : mitigationStatusFromName(status);
        if (!parsed)
            fail(in.pathOf("status"),
                 QStringLiteral("unknown status %1 (expected proposed, implemented or verified)")
                     .arg(quoted(status)));
        m.status = *parsed;
        m_model.mitigations.append(m);
    }

    void readThreat(const ObjectReader& in)
    {
        in.allowOnly({"id", "rule", "element", "category", "title", "description", "references",
                      "dread", "risk", "status", "justification", "mitigations", "origin",
                      "obsolete", "text_edited", "distinct"});
        Threat t;
        // A generated threat stores only what its rule cannot give back (README, "threats[]").
        const Rule* rule = nullptr;
        if (const Json* name = in.find("rule"); name && !name->IsNull()) {
            rule = name->IsString() ? ruleNamed(*name) : nullptr;
            t.rule = rule ? rule->id : in.string("rule"); // a rule's id is shared, not copied
        }
        t.element = elementId(in, "element");
        if (in.find("id") || t.rule.isEmpty())
            t.id = in.id("id");
        else
            t.id = ThreatGenerator::threatIdFor(t.rule, t.element);
        if (in.find("category") || t.rule.isEmpty())
            t.category = in.string("category", true);
        else // a rule no library of this Latch has any more: the threat still loads
            t.category = rule ? rule->category : QStringLiteral("unknown");
        t.title = in.string("title");
        t.description = in.string("description");
        t.references = in.find("references") || !rule ? in.strings("references") : rule->references;
        if (const Json* dread = in.find("dread")) {
            if (!dread->IsNull())
                t.dread = ObjectReader(*dread, in, "dread").dreadScore();
        } else if (rule) {
            t.dread = rule->dread; // the team kept the rule's scores
        }
        if (const Json* risk = in.find("risk"); risk && !risk->IsNull()) {
            ObjectReader r(*risk, in, "risk");
            r.allowOnly({"likelihood", "impact"});
            t.risk = RiskRating{r.integer("likelihood", RiskRating::minimum, RiskRating::maximum),
                                r.integer("impact", RiskRating::minimum, RiskRating::maximum)};
        }
        const QString status = in.string("status");
        const auto parsed =
            status.isEmpty() ? std::optional(ThreatStatus::Open) : threatStatusFromName(status);
        if (!parsed)
            fail(in.pathOf("status"),
                 QStringLiteral("unknown status %1 (expected open, in_progress, mitigated, "
                                "accepted, not_applicable or transferred)")
                     .arg(quoted(status)));
        t.status = *parsed;
        t.justification = in.string("justification");
        t.mitigations = in.strings("mitigations");
        const QString origin = in.string("origin");
        if (origin.isEmpty())
            t.origin = t.rule.isEmpty() ? ThreatOrigin::Manual : ThreatOrigin::Generated;
        else if (origin == QLatin1String("generated"))
            t.origin = ThreatOrigin::Generated;
        else if (origin == QLatin1String("manual"))
            t.origin = ThreatOrigin::Manual;
        else
            fail(in.pathOf("origin"),
                 QStringLiteral("expected \"generated\" or \"manual\", found ") + quoted(origin));
        t.obsolete = in.boolean("obsolete", false);
        t.textEdited = in.boolean("text_edited", false);
        t.distinct = in.boolean("distinct", false);
        m_model.threats.append(std::move(t));
    }

    void readConflict(const ObjectReader& in)
    {
        in.allowOnly({"subject", "id", "field", "reason", "base", "ours", "theirs", "oursName",
                      "theirsName"});
        MergeConflict c;
        c.subject = in.string("subject", true);
        if (!MergeConflict::subjects().contains(c.subject))
            fail(in.pathOf("subject"),
                 QStringLiteral("unknown subject %1 (expected %2)")
                     .arg(quoted(c.subject), MergeConflict::subjects().join(QStringLiteral(", "))));
        c.id = in.string("id");
        c.field = in.string("field");
        c.reason = in.string("reason", true);
        if (!MergeConflict::reasons().contains(c.reason))
            fail(in.pathOf("reason"),
                 QStringLiteral("unknown reason %1 (expected %2)")
                     .arg(quoted(c.reason), MergeConflict::reasons().join(QStringLiteral(", "))));
        const auto side = [&](const char* key) {
            const Json* value = in.find(key);
            return value ? canonicalText(*value) : QByteArray("null");
        };
        c.base = side("base");
        c.ours = side("ours");
        c.theirs = side("theirs");
        c.oursName = in.string("oursName");
        c.theirsName = in.string("theirsName");
        m_model.conflicts.append(std::move(c));
    }

    // The bytes of a string in the document, as a key that copies nothing.
    static QByteArray bytesOf(const Json& string)
    {
        return QByteArray::fromRawData(string.GetString(), qsizetype(string.GetStringLength()));
    }

    // Repeated strings (ids, types, rule ids) are stored once and shared: a large register
    // names the same few hundred thousand strings over and over.
    QString pooled(const ObjectReader& in, const char* key, QHash<QByteArray, QString>& pool)
    {
        const Json* value = in.find(key);
        if (!value || !value->IsString())
            return in.string(key);
        auto it = pool.constFind(bytesOf(*value));
        if (it != pool.cend())
            return *it;
        const QString text = fromUtf8(*value);
        pool.insert(bytesOf(*value), text);
        return text;
    }

    QString elementId(const ObjectReader& in, const char* key)
    {
        const Json* value = in.find(key);
        if (value && value->IsString()) {
            auto it = m_elementIds.constFind(bytesOf(*value));
            if (it != m_elementIds.cend())
                return *it;
        }
        return in.id(key);
    }

    const Rule* ruleNamed(const Json& name)
    {
        if (m_ruleIds.isEmpty()) {
            for (const Rule& rule : m_rules->rules())
                m_ruleIds.insert(rule.id.toUtf8(), &rule);
        }
        return m_ruleIds.value(bytesOf(name));
    }

    std::shared_ptr<const RuleLibrary> m_rules;
    QHash<QByteArray, const Rule*> m_ruleIds;
    // Keys point into the document, which outlives this reader.
    QHash<QByteArray, QString> m_elementIds;
    QHash<QByteArray, QString> m_types;
    Model m_model;
};

// The format tag and the schema version; returns the version.
int checkHeader(const Json& root)
{
    if (!root.IsObject())
        fail({}, QStringLiteral("not a Latch model: the document is %1, not an object")
                     .arg(describe(root)));
    const ObjectReader doc(root, {});
    const Json* format = doc.find("format");
    if (!format)
        fail({}, QStringLiteral("not a Latch model: no \"format\" key"));
    if (!format->IsString() || view(*format) != TmodelFormat::formatTag)
        fail(QStringLiteral("format"),
             QStringLiteral("not a Latch model: expected \"%1\", found %2")
                 .arg(QLatin1String(TmodelFormat::formatTag),
                      format->IsString() ? quoted(fromUtf8(*format)) : describe(*format)));
    const Json* version = doc.find("version");
    if (!version)
        fail({}, QStringLiteral("missing key \"version\""));
    if (!version->IsInt64() && !version->IsUint64())
        fail(QStringLiteral("version"),
             QStringLiteral("expected an integer, found ") + describe(*version));
    if (!version->IsInt64() || version->GetInt64() > SchemaMigration::currentVersion)
        fail(QStringLiteral("version"),
             QStringLiteral("schema version %1 is newer than this Latch reads (%2); open it with "
                            "a newer Latch")
                 .arg(numberText(*version))
                 .arg(SchemaMigration::currentVersion));
    if (version->GetInt64() < SchemaMigration::oldestVersion)
        fail(QStringLiteral("version"),
             QStringLiteral("unknown schema version %1").arg(version->GetInt64()));
    return int(version->GetInt64());
}

} // namespace

std::optional<Model> TmodelReader::read(const QByteArray& bytes, FormatError* error)
{
    try {
        if (bytes.size() > TmodelFormat::maximumFileSize)
            fail({}, QStringLiteral("larger than the %1 MiB limit")
                         .arg(TmodelFormat::maximumFileSize / (1024 * 1024)));
        if (QByteArrayView(bytes).trimmed().isEmpty()) // a view: no copy of a large file
            fail({}, QStringLiteral("the file is empty"));
        const std::unique_ptr<Document> root = jsontext::parse(bytes, TmodelFormat::maximumNesting);
        const int version = checkHeader(*root);
        SchemaMigration::migrate(*root, version);
        Model model = DocumentReader().read(*root);
        // References, ids and limits: the same checks every writer makes before it saves.
        if (auto problem = ModelChecks::firstProblem(model))
            throw FormatFailure{*problem};
        // Version 2 stored every generated description; from version 3 the rule renders it.
        if (version < 3)
            ThreatText::dropRendered(model);
        return model;
    } catch (const FormatFailure& failure) {
        if (error)
            *error = failure.error;
    } catch (const std::exception& e) {
        // Defensive: a library exception we did not anticipate is still a clean error.
        if (error)
            *error = {QStringLiteral("cannot read: ") + QString::fromUtf8(e.what()), {}, 0, 0};
    }
    return std::nullopt;
}

} // namespace latch
