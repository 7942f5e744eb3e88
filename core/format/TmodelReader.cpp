#include "TmodelReader.h"

#include "SchemaMigration.h"
#include "TmodelFormat.h"
#include "model/IdGenerator.h"
#include "model/Model.h"
#include "model/ThreatCategory.h"

#include "JsonObjectReader.h"
#include "JsonText.h"

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
        doc.allowOnly(
            {"format", "version", "model", "diagrams", "threats", "mitigations", "library"});
        if (const Json* meta = doc.find("model"))
            readMeta(ObjectReader(*meta, QStringLiteral("model")));

        const Json& diagrams = doc.array("diagrams", true);
        if (diagrams.Empty())
            fail(QStringLiteral("diagrams"), QStringLiteral("a model needs at least one diagram"));
        for (rapidjson::SizeType i = 0; i < diagrams.Size(); ++i)
            readDiagram(ObjectReader(diagrams[i], indexed(QStringLiteral("diagrams"), i)));

        const Json& mitigations = doc.array("mitigations");
        for (rapidjson::SizeType i = 0; i < mitigations.Size(); ++i)
            readMitigation(ObjectReader(mitigations[i], indexed(QStringLiteral("mitigations"), i)));

        if (const Json* library = doc.find("library"); library && !library->IsNull()) {
            if (!library->IsObject())
                fail(QStringLiteral("library"),
                     QStringLiteral("expected a rule library object or null, found ") +
                         describe(*library));
            // Kept as text; the engine parses and checks it when the model's rules are loaded.
            m_model.embeddedLibrary = canonicalText(*library);
        }

        const Json& threats = doc.array("threats");
        for (rapidjson::SizeType i = 0; i < threats.Size(); ++i)
            readThreat(ObjectReader(threats[i], indexed(QStringLiteral("threats"), i)));

        return std::move(m_model);
    }

private:
    void claimId(const QString& id, const QString& path)
    {
        auto it = m_idPaths.constFind(id);
        if (it != m_idPaths.cend())
            fail(path, QStringLiteral("duplicate id %1 (first used at %2)").arg(quoted(id), *it));
        m_idPaths.insert(id, path);
    }

    void readMeta(const ObjectReader& meta)
    {
        meta.allowOnly({"title", "owner", "reviewers", "description", "scope", "riskMethod",
                        "assets", "compliance"});
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
        const Json& assets = meta.array("assets");
        for (rapidjson::SizeType i = 0; i < assets.Size(); ++i) {
            ObjectReader asset(assets[i], indexed(meta.pathOf("assets"), i));
            asset.allowOnly({"id", "name", "classification", "description"});
            Asset a;
            a.id = asset.id("id");
            claimId(a.id, asset.pathOf("id"));
            a.name = asset.string("name");
            a.classification = asset.string("classification");
            if (a.classification.isEmpty())
                a.classification = QStringLiteral("internal");
            if (!Asset::classifications().contains(a.classification))
                fail(asset.pathOf("classification"),
                     QStringLiteral("%1 is not one of %2")
                         .arg(quoted(a.classification),
                              Asset::classifications().join(QStringLiteral(", "))));
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
        claimId(diagram.id, in.pathOf("id"));
        diagram.name = in.string("name");
        const Json& elements = in.array("elements");
        diagram.elements.reserve(qsizetype(elements.Size()));
        QVector<QString> flowPaths; // where each flow was read, for endpoint errors
        for (rapidjson::SizeType i = 0; i < elements.Size(); ++i) {
            const QString path = indexed(in.pathOf("elements"), i);
            diagram.elements.append(readElement(ObjectReader(elements[i], path)));
            if (diagram.elements.constLast().kind == ElementKind::Flow)
                flowPaths.append(path);
        }
        m_model.diagrams.append(std::move(diagram));
        checkFlowEndpoints(m_model.diagrams.constLast(), flowPaths);
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
                          "bidirectional", "points", "properties"});
        } else if (e.kind == ElementKind::Boundary) {
            in.allowOnly({"id", "kind", "type", "name", "description", "shape", "x", "y", "width",
                          "height", "points", "properties"});
        } else {
            in.allowOnly({"id", "kind", "type", "name", "description", "x", "y", "width", "height",
                          "properties"});
        }
        e.id = in.id("id");
        claimId(e.id, in.pathOf("id"));
        m_elementIds.insert(e.id);
        e.type = in.string("type");
        if (e.type.isEmpty())
            e.type = kindName;
        else if (!IdGenerator::isAcceptable(e.type))
            fail(in.pathOf("type"),
                 QStringLiteral("%1 is not a valid type name").arg(quoted(e.type)));
        e.name = in.string("name");
        e.description = in.string("description");

        if (e.kind == ElementKind::Flow) {
            e.source = in.id("source");
            e.target = in.id("target");
            e.bidirectional = in.boolean("bidirectional", false);
            e.points = readPoints(in, 0);
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
                e.points = readPoints(in, 2);
            }
        } else {
            e.bounds = readBox(in);
        }
        if (const Json* properties = in.find("properties"))
            e.properties = readProperties(ObjectReader(*properties, in.pathOf("properties")));
        return e;
    }

    static Rect readBox(const ObjectReader& in)
    {
        const int limit = -TmodelFormat::maximumCoordinate;
        return {in.coordinate("x", limit), in.coordinate("y", limit), in.coordinate("width", 1),
                in.coordinate("height", 1)};
    }

    static QVector<Point> readPoints(const ObjectReader& in, rapidjson::SizeType minimum)
    {
        constexpr rapidjson::SizeType maximumPoints = 10'000;
        const Json& items = in.array("points", minimum > 0);
        if (items.Size() < minimum)
            fail(in.pathOf("points"), QStringLiteral("needs at least %1 points").arg(minimum));
        if (items.Size() > maximumPoints)
            fail(in.pathOf("points"), QStringLiteral("more than %1 points").arg(maximumPoints));
        QVector<Point> points;
        points.reserve(qsizetype(items.Size()));
        const int limit = -TmodelFormat::maximumCoordinate;
        for (rapidjson::SizeType i = 0; i < items.Size(); ++i) {
            ObjectReader point(items[i], indexed(in.pathOf("points"), i));
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
            const QString path = in.path() + QLatin1Char('.') + name;
            if (name.isEmpty() || name.size() > 128)
                fail(in.path(), QStringLiteral("property names have 1 to 128 characters"));
            const Json& value = it->value;
            if (value.IsBool())
                properties.insert(name, value.GetBool());
            else if (value.IsInt64())
                properties.insert(name, qlonglong(value.GetInt64()));
            else if (value.IsUint64())
                fail(path, QStringLiteral("number out of range"));
            else if (value.IsNumber())
                properties.insert(name, value.GetDouble());
            else if (value.IsString())
                properties.insert(name, fromUtf8(value));
            else
                fail(path, QStringLiteral("expected a boolean, a number or a string, found ") +
                               describe(value));
        }
        return properties;
    }

    void checkFlowEndpoints(const Diagram& diagram, const QVector<QString>& flowPaths)
    {
        QHash<QString, const Element*> onDiagram;
        onDiagram.reserve(diagram.elements.size());
        for (const Element& e : diagram.elements)
            onDiagram.insert(e.id, &e);
        qsizetype flowIndex = 0;
        for (const Element& e : diagram.elements) {
            if (e.kind != ElementKind::Flow)
                continue;
            const QString& path = flowPaths.at(flowIndex++);
            checkEndpoint(onDiagram, e.source, path + QStringLiteral(".source"));
            checkEndpoint(onDiagram, e.target, path + QStringLiteral(".target"));
        }
    }

    void checkEndpoint(const QHash<QString, const Element*>& onDiagram, const QString& id,
                       const QString& path)
    {
        const Element* endpoint = onDiagram.value(id);
        if (!endpoint) {
            if (m_idPaths.contains(id))
                fail(path, QStringLiteral("element %1 is on another diagram; a flow connects "
                                          "elements of its own diagram")
                               .arg(quoted(id)));
            fail(path, QStringLiteral("no element with id %1").arg(quoted(id)));
        }
        if (!canBeFlowEndpoint(endpoint->kind))
            fail(path, QStringLiteral("element %1 is a %2; a flow connects entities, processes "
                                      "and stores")
                           .arg(quoted(id), elementKindName(endpoint->kind)));
    }

    void readMitigation(const ObjectReader& in)
    {
        in.allowOnly({"id", "title", "description", "status"});
        Mitigation m;
        m.id = in.id("id");
        claimId(m.id, in.pathOf("id"));
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
        m_mitigationIds.insert(m.id);
        m_model.mitigations.append(m);
    }

    void readThreat(const ObjectReader& in)
    {
        in.allowOnly({"id", "rule", "element", "category", "title", "description", "references",
                      "dread", "risk", "status", "justification", "mitigations", "origin",
                      "obsolete", "text_edited"});
        Threat t;
        t.id = in.id("id");
        claimId(t.id, in.pathOf("id"));
        if (const Json* rule = in.find("rule"); rule && !rule->IsNull())
            t.rule = in.string("rule");
        t.element = in.id("element");
        t.category = in.string("category", true);
        if (!ThreatCategory::isWellFormed(t.category))
            fail(in.pathOf("category"),
                 QStringLiteral("%1 is not a category name (lowercase letters, digits and _)")
                     .arg(quoted(t.category)));
        t.title = in.string("title");
        t.description = in.string("description");
        t.references = in.strings("references");
        if (const Json* dread = in.find("dread"); dread && !dread->IsNull()) {
            t.dread = ObjectReader(*dread, in.pathOf("dread")).dreadScore();
        }
        if (const Json* risk = in.find("risk"); risk && !risk->IsNull()) {
            ObjectReader r(*risk, in.pathOf("risk"));
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
        QSet<QString> linked;
        for (qsizetype i = 0; i < t.mitigations.size(); ++i) {
            const QString& id = t.mitigations.at(i);
            const QString path = indexed(in.pathOf("mitigations"), std::size_t(i));
            if (!m_mitigationIds.contains(id))
                fail(path, QStringLiteral("no mitigation with id %1").arg(quoted(id)));
            if (linked.contains(id))
                fail(path, QStringLiteral("mitigation %1 is linked twice").arg(quoted(id)));
            linked.insert(id);
        }
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
        if (t.origin == ThreatOrigin::Generated && t.rule.isEmpty())
            fail(in.pathOf("rule"), QStringLiteral("a generated threat names its rule"));
        t.obsolete = in.boolean("obsolete", false);
        t.textEdited = in.boolean("text_edited", false);
        // An obsolete threat may outlive its element: the register keeps its history.
        if (!t.obsolete && !m_elementIds.contains(t.element))
            fail(in.pathOf("element"),
                 QStringLiteral("no element with id %1").arg(quoted(t.element)));
        m_model.threats.append(t);
    }

    Model m_model;
    QHash<QString, QString> m_idPaths; // id -> where it was first used
    QSet<QString> m_elementIds;
    QSet<QString> m_mitigationIds;
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
        if (bytes.trimmed().isEmpty())
            fail({}, QStringLiteral("the file is empty"));
        const std::unique_ptr<Document> root = jsontext::parse(bytes, TmodelFormat::maximumNesting);
        SchemaMigration::migrate(*root, checkHeader(*root));
        return DocumentReader().read(*root);
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
