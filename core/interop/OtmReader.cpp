#include "OtmReader.h"

#include "ImportBuilder.h"
#include "LenientJson.h"
#include "format/TmodelFormat.h"
#include "model/IdGenerator.h"

#include <QRegularExpression>

#include <cmath>

namespace latch {

namespace {

using namespace lenientjson;

QVariantMap propertiesFrom(const Json* object)
{
    QVariantMap properties;
    if (!object || !object->is_object())
        return properties;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const QString name = jsontext::fromUtf8(it.key());
        if (it->is_boolean())
            properties.insert(name, it->get<bool>());
        else if (it->is_number_integer())
            properties.insert(name, qlonglong(it->get<long long>()));
        else if (it->is_number())
            properties.insert(name, it->get<double>());
        else if (it->is_string())
            properties.insert(name, jsontext::fromUtf8(it->get<std::string>()));
    }
    return properties;
}

QVector<Point> pointsFrom(const Json* array)
{
    QVector<Point> points;
    if (!array || !array->is_array())
        return points;
    for (const Json& p : *array)
        points.append(
            {ImportBuilder::coordinate(number(p, "x")), ImportBuilder::coordinate(number(p, "y"))});
    return points;
}

// OTM component types are free words ("web-client", "database", "CD-MSG-BROKER"); the kind
// is read from them.
ElementKind kindFromType(const QString& type)
{
    const QString t = type.toLower();
    static const QRegularExpression store(QStringLiteral(
        "data ?base|\\bdb\\b|sql|store|storage|bucket|s3|queue|broker|cache|redis|file|disk|"
        "vault|secret|log"));
    static const QRegularExpression entity(QStringLiteral(
        "client|user|actor|browser|human|person|customer|external|third|partner|mobile|device"));
    if (t.contains(store) && !t.contains(QLatin1String("service")))
        return ElementKind::Store;
    if (t.contains(entity))
        return ElementKind::Entity;
    return ElementKind::Process;
}

struct Placed
{
    Rect bounds;
    QString diagram; // representation id
};

class Reader
{
public:
    Reader(const Json& root, ImportBuilder& builder)
        : m_root(root)
        , m_builder(builder)
    {
    }

    void read()
    {
        const Json* project = member(m_root, "project");
        if (!project || !member(m_root, "otmVersion"))
            jsontext::fail(QString(), QStringLiteral("not an Open Threat Model file (no "
                                                     "otmVersion and project)"));
        Model& model = m_builder.model();
        model.title = text(*project, "name");
        if (model.title.isEmpty())
            model.title = QStringLiteral("Untitled"); // what OtmWriter writes for no title
        model.description = text(*project, "description");
        model.owner = text(*project, "owner");
        const Json* attributes = member(*project, "attributes");
        if (attributes) {
            for (const Json& r : arrayOr(*attributes, "latch.reviewers"))
                model.reviewers << text(&r);
            for (const Json& c : arrayOr(*attributes, "latch.compliance"))
                model.compliance << text(&c);
            model.scope = text(*attributes, "latch.scope");
            if (text(*attributes, "latch.riskMethod") == QLatin1String("matrix"))
                model.riskMethod = RiskMethod::Matrix;
        }
        for (const Json& asset : arrayOr(m_root, "assets")) {
            Asset a;
            a.id = text(asset, "id");
            a.name = text(asset, "name");
            a.description = text(asset, "description");
            const Json* assetAttributes = member(asset, "attributes");
            a.classification =
                assetAttributes ? text(*assetAttributes, "latch.classification") : QString();
            if (!Asset::classifications().contains(a.classification))
                a.classification = QStringLiteral("internal");
            if (a.name.isEmpty() || !IdGenerator::isAcceptable(a.id))
                continue;
            model.assets.append(a);
        }

        // Diagrams: one per diagram representation, or one for all.
        for (const Json& r : arrayOr(m_root, "representations")) {
            if (text(r, "type") == QLatin1String("diagram"))
                m_diagrams.insert(text(r, "id"),
                                  m_builder.addDiagram(text(r, "name"), text(r, "id")));
        }
        if (m_diagrams.isEmpty())
            m_diagrams.insert(QString(), m_builder.addDiagram(model.title));
        m_firstDiagram = m_diagrams.cbegin().value();
        for (auto it = m_diagrams.cbegin(); it != m_diagrams.cend(); ++it)
            m_firstDiagram = std::min(m_firstDiagram, it.value());

        readZones();
        readComponents();
        readDataflows();
        readMitigations();
        readThreats();
        if (attributes)
            readNotes(*attributes);
    }

private:
    int diagramOf(const QString& representation) const
    {
        return m_diagrams.value(representation, m_firstDiagram);
    }

    std::optional<Placed> placement(const Json& object) const
    {
        for (const Json& r : arrayOr(object, "representations")) {
            const Json* position = member(r, "position");
            const Json* size = member(r, "size");
            if (!position)
                continue;
            Placed placed;
            placed.diagram = text(r, "representation");
            placed.bounds = {
                ImportBuilder::coordinate(number(*position, "x")),
                ImportBuilder::coordinate(number(*position, "y")),
                std::max(1, ImportBuilder::coordinate(size ? number(*size, "width", 100) : 100)),
                std::max(1, ImportBuilder::coordinate(size ? number(*size, "height", 80) : 80))};
            return placed;
        }
        return std::nullopt;
    }

    void readZones()
    {
        const Json& zones = arrayOr(m_root, "trustZones");
        int unplaced = 0;
        for (std::size_t i = 0; i < zones.size(); ++i) {
            const Json& zone = zones[i];
            const QString id = text(zone, "id");
            const Json* attributes = member(zone, "attributes");
            if (attributes && flag(*attributes, "latch.synthetic")) {
                m_syntheticZones.insert(id);
                continue;
            }
            if (id.isEmpty())
                jsontext::fail(jsontext::indexed(QStringLiteral("trustZones"), i),
                               QStringLiteral("a trust zone without an id"));
            Element e;
            e.kind = ElementKind::Boundary;
            e.name = text(zone, "name");
            e.description = text(zone, "description");
            int diagram = m_firstDiagram;
            if (attributes) {
                e.type = text(*attributes, "latch.type");
                e.properties = propertiesFrom(member(*attributes, "latch.properties"));
            }
            if (attributes && text(*attributes, "latch.shape") == QLatin1String("line")) {
                e.shape = BoundaryShape::Line;
                e.points = pointsFrom(member(*attributes, "latch.points"));
                diagram = diagramOf(text(*attributes, "latch.diagram"));
                if (e.points.size() < 2) {
                    m_builder.warn(QStringLiteral("trust zone %1 skipped: a line without points")
                                       .arg(jsontext::quoted(e.name)));
                    continue;
                }
            } else if (const auto placed = placement(zone)) {
                e.bounds = placed->bounds;
                diagram = diagramOf(placed->diagram);
            } else {
                // Side by side, large enough for a few components each.
                e.bounds = {40 + unplaced * 460, 40, 420, 320};
                ++unplaced;
            }
            if (!attributes || !member(*attributes, "latch.properties")) {
                const QString type = text(zone, "type").toLower();
                for (const char* zoneName : {"internet", "dmz", "internal", "thirdParty"}) {
                    if (type == QString::fromLatin1(zoneName).toLower())
                        e.properties.insert(QStringLiteral("zone"), QLatin1String(zoneName));
                }
                if (type == QLatin1String("private"))
                    e.properties.insert(QStringLiteral("zone"), QStringLiteral("internal"));
            }
            m_builder.addElement(diagram, e, id);
            m_zoneDiagram.insert(id, diagram);
        }
    }

    // Where a component without a position goes: the next cell of a grid inside its zone.
    Rect autoPlace(const QString& zoneId)
    {
        const int slot = m_slots[zoneId]++;
        const Element* zone = m_builder.element(m_builder.idFor(zoneId));
        const int left = zone && zone->isRegionBoundary() ? zone->bounds.x + 30 : 40;
        const int top = zone && zone->isRegionBoundary() ? zone->bounds.y + 40 : 420;
        return {left + (slot % 3) * 130, top + (slot / 3) * 110, 100, 70};
    }

    void readComponents()
    {
        const Json& components = arrayOr(m_root, "components");
        for (std::size_t i = 0; i < components.size(); ++i) {
            const Json& c = components[i];
            const QString id = text(c, "id");
            if (id.isEmpty())
                jsontext::fail(jsontext::indexed(QStringLiteral("components"), i),
                               QStringLiteral("a component without an id"));
            Element e;
            e.name = text(c, "name");
            e.description = text(c, "description");
            const Json* attributes = member(c, "attributes");
            const QString kind = attributes ? text(*attributes, "latch.kind") : QString();
            if (const auto parsed = elementKindFromName(kind);
                parsed && (*parsed == ElementKind::Entity || *parsed == ElementKind::Process ||
                           *parsed == ElementKind::Store)) {
                e.kind = *parsed;
                e.type = text(*attributes, "latch.type");
                e.properties = propertiesFrom(member(*attributes, "latch.properties"));
            } else {
                e.kind = kindFromType(text(c, "type"));
                if (!text(c, "type").isEmpty())
                    e.properties.insert(QStringLiteral("otm.type"), text(c, "type"));
            }
            const QString zone = text(dig(c, {"parent", "trustZone"}));
            int diagram = m_zoneDiagram.value(zone, m_firstDiagram);
            if (const auto placed = placement(c)) {
                e.bounds = placed->bounds;
                diagram = diagramOf(placed->diagram);
            } else {
                e.bounds = autoPlace(zone);
                ++m_autoPlaced;
            }
            m_builder.addElement(diagram, e, id);
            m_elementDiagram.insert(id, diagram);
        }
        if (m_autoPlaced > 0)
            m_builder.warn(QStringLiteral("%1 components had no position in a diagram; they "
                                          "were laid out in a grid in their trust zone")
                               .arg(m_autoPlaced));
    }

    void readDataflows()
    {
        const Json& flows = arrayOr(m_root, "dataflows");
        for (std::size_t i = 0; i < flows.size(); ++i) {
            const Json& f = flows[i];
            Element e;
            e.kind = ElementKind::Flow;
            e.name = text(f, "name");
            e.description = text(f, "description");
            e.bidirectional = flag(f, "bidirectional");
            e.source = m_builder.idFor(text(f, "source"));
            e.target = m_builder.idFor(text(f, "destination"));
            if (e.source.isEmpty() || e.target.isEmpty()) {
                m_builder.warn(
                    QStringLiteral("dataflow %1 skipped: its source or destination is "
                                   "not a component")
                        .arg(jsontext::quoted(e.name.isEmpty() ? text(f, "id") : e.name)));
                continue;
            }
            if (const Json* attributes = member(f, "attributes")) {
                e.type = text(*attributes, "latch.type");
                e.properties = propertiesFrom(member(*attributes, "latch.properties"));
                e.points = pointsFrom(member(*attributes, "latch.points"));
            }
            const int diagram = m_elementDiagram.value(text(f, "source"), m_firstDiagram);
            m_builder.addElement(diagram, e, text(f, "id"));
        }
    }

    void readMitigations()
    {
        for (const Json& m : arrayOr(m_root, "mitigations")) {
            Mitigation mitigation;
            mitigation.title = text(m, "name");
            mitigation.description = text(m, "description");
            const Json* attributes = member(m, "attributes");
            const auto status = mitigationStatusFromName(
                attributes ? text(*attributes, "latch.status") : QString());
            mitigation.status = status.value_or(MitigationStatus::Proposed);
            if (mitigation.title.isEmpty())
                mitigation.title = QStringLiteral("Untitled mitigation");
            m_builder.addMitigation(mitigation, text(m, "id"));
        }
    }

    static ThreatStatus statusFromState(const QString& state)
    {
        const QString s = state.toLower().remove(QRegularExpression(QStringLiteral("[^a-z]")));
        if (const auto exact = threatStatusFromName(state.toLower()))
            return *exact;
        if (s == QLatin1String("mitigated") || s == QLatin1String("fixed"))
            return ThreatStatus::Mitigated;
        if (s == QLatin1String("accepted") || s == QLatin1String("accept"))
            return ThreatStatus::Accepted;
        if (s == QLatin1String("notapplicable") || s == QLatin1String("na"))
            return ThreatStatus::NotApplicable;
        if (s == QLatin1String("transferred"))
            return ThreatStatus::Transferred;
        if (s == QLatin1String("inprogress") || s == QLatin1String("investigating"))
            return ThreatStatus::InProgress;
        return ThreatStatus::Open; // "exposed", "open", ...
    }

    void readThreats()
    {
        QHash<QString, const Json*> definitions;
        for (const Json& t : arrayOr(m_root, "threats"))
            definitions.insert(text(t, "id"), &t);
        QHash<QString, int> uses;
        // Instances live on components and dataflows.
        auto attach = [&](const Json& owner, bool flow) {
            const QString elementId = m_builder.idFor(text(owner, "id"));
            for (const Json& instance : arrayOr(owner, "threats")) {
                const QString threatId = text(instance, "threat");
                const Json* definition = definitions.value(threatId);
                if (!definition) {
                    m_builder.warn(
                        QStringLiteral("%1 %2 names threat %3, which is not defined; "
                                       "skipped")
                            .arg(flow ? QStringLiteral("dataflow") : QStringLiteral("component"),
                                 jsontext::quoted(text(owner, "name")),
                                 jsontext::quoted(threatId)));
                    continue;
                }
                if (elementId.isEmpty())
                    continue; // the owner itself was skipped, and said so
                addThreat(*definition, instance, elementId,
                          uses[threatId]++ == 0 ? threatId : QString());
            }
        };
        for (const Json& c : arrayOr(m_root, "components"))
            attach(c, false);
        for (const Json& f : arrayOr(m_root, "dataflows"))
            attach(f, true);
        int unattached = 0;
        for (auto it = definitions.cbegin(); it != definitions.cend(); ++it)
            unattached += uses.value(it.key()) == 0 ? 1 : 0;
        if (unattached > 0)
            m_builder.warn(QStringLiteral("%1 threats are defined but attached to nothing; "
                                          "skipped")
                               .arg(unattached));
    }

    void addThreat(const Json& definition, const Json& instance, const QString& elementId,
                   const QString& keepId)
    {
        Threat threat;
        threat.element = elementId;
        threat.title = text(definition, "name");
        threat.description = text(definition, "description");
        const Json& categories = arrayOr(definition, "categories");
        threat.category =
            ImportBuilder::categoryFromName(categories.empty() ? QString() : text(&categories[0]));
        const QString definitionId = text(definition, "id");
        if (categories.size() > 1 && !m_warnedCategories.contains(definitionId)) {
            m_warnedCategories.insert(definitionId);
            // One multi-argument arg(): the title is the user's text, never a format string.
            m_builder.warn(
                QStringLiteral("threat %1 has %2 categories; Latch keeps the first")
                    .arg(jsontext::quoted(threat.title), QString::number(categories.size())));
        }
        for (const Json& cwe : arrayOr(definition, "cwes"))
            threat.references << text(&cwe);
        threat.status = statusFromState(text(instance, "state"));
        const Json* attributes = member(definition, "attributes");
        if (attributes && member(*attributes, "latch.status")) {
            // Written by Latch: every field as it was.
            threat.references.clear();
            for (const Json& r : arrayOr(*attributes, "latch.references"))
                threat.references << text(&r);
            threat.justification = text(*attributes, "latch.justification");
            threat.obsolete = flag(*attributes, "latch.obsolete");
            threat.textEdited = flag(*attributes, "latch.textEdited");
            threat.distinct = flag(*attributes, "latch.distinct");
            if (const Json* d = member(*attributes, "latch.dread"))
                threat.dread = DreadScore{
                    int(number(*d, "damage", 1)), int(number(*d, "reproducibility", 1)),
                    int(number(*d, "exploitability", 1)), int(number(*d, "affectedUsers", 1)),
                    int(number(*d, "discoverability", 1))};
            if (const Json* r = member(*attributes, "latch.risk"))
                threat.risk =
                    RiskRating{int(number(*r, "likelihood", 1)), int(number(*r, "impact", 1))};
        } else if (const Json* risk = member(definition, "risk")) {
            // 0..100 onto 1..5.
            auto scale = [](double value) {
                return std::clamp(int(std::ceil(value / 20.0)), 1, 5);
            };
            if (member(*risk, "likelihood") && member(*risk, "impact")) {
                threat.risk =
                    RiskRating{scale(number(*risk, "likelihood")), scale(number(*risk, "impact"))};
                m_builder.model().riskMethod = RiskMethod::Matrix;
            }
        }
        for (const Json& link : arrayOr(instance, "mitigations")) {
            const QString id = m_builder.mitigationIdFor(text(link, "mitigation"));
            if (id.isEmpty()) {
                m_builder.warn(QStringLiteral("threat %1 links mitigation %2, which is not "
                                              "defined; link skipped")
                                   .arg(jsontext::quoted(threat.title),
                                        jsontext::quoted(text(link, "mitigation"))));
                continue;
            }
            if (!threat.mitigations.contains(id))
                threat.mitigations << id;
            // Other tools keep a mitigation's state on the link.
            const QString state = text(link, "state").toLower();
            for (Mitigation& m : m_builder.model().mitigations) {
                if (m.id != id)
                    continue;
                if (state == QLatin1String("implemented") && m.status == MitigationStatus::Proposed)
                    m.status = MitigationStatus::Implemented;
                else if (state == QLatin1String("verified"))
                    m.status = MitigationStatus::Verified;
            }
        }
        m_builder.addThreat(threat, keepId);
        if (attributes) {
            // Generated threats keep their rule and origin, so regeneration finds them.
            Threat& added = m_builder.model().threats.last();
            if (text(*attributes, "latch.origin") == QLatin1String("generated") &&
                !text(*attributes, "latch.rule").isEmpty()) {
                added.origin = ThreatOrigin::Generated;
                added.rule = text(*attributes, "latch.rule");
            }
        }
    }

    void readNotes(const Json& attributes)
    {
        for (const Json& note : arrayOr(attributes, "latch.notes")) {
            Element e;
            e.kind = ElementKind::Note;
            e.name = text(note, "text");
            e.bounds = {ImportBuilder::coordinate(number(note, "x")),
                        ImportBuilder::coordinate(number(note, "y")),
                        std::max(1, ImportBuilder::coordinate(number(note, "width", 160))),
                        std::max(1, ImportBuilder::coordinate(number(note, "height", 80)))};
            m_builder.addElement(diagramOf(text(note, "diagram")), e, text(note, "id"));
        }
    }

    const Json& m_root;
    ImportBuilder& m_builder;
    QMap<QString, int> m_diagrams; // representation id -> diagram index
    int m_firstDiagram = 0;
    QHash<QString, int> m_zoneDiagram;
    QHash<QString, int> m_elementDiagram;
    QHash<QString, int> m_slots;
    QSet<QString> m_syntheticZones;
    QSet<QString> m_warnedCategories; // threats whose extra categories were reported
    int m_autoPlaced = 0;
};

} // namespace

bool OtmReader::recognises(const QByteArray& bytes)
{
    return bytes.left(4096).trimmed().startsWith('{') && bytes.contains("\"otmVersion\"");
}

std::optional<Model> OtmReader::read(const QByteArray& bytes, ImportSummary* summary,
                                     FormatError* error)
{
    ImportBuilder builder(QStringLiteral("Open Threat Model"));
    return importJson(bytes, builder,
                      QStringLiteral("not an Open Threat Model file (expected an object)"), summary,
                      error, [&builder](const Json& root) {
                          builder.summary().format =
                              QStringLiteral("Open Threat Model ") + text(root, "otmVersion");
                          Reader(root, builder).read();
                      });
}

} // namespace latch
