#include "OtmWriter.h"

#include "model/BoundaryGeometry.h"
#include "model/Model.h"

#include "engine/ThreatText.h"
#include "format/JsonWriting.h"

#include <QHash>

namespace latch {

namespace {

using namespace jsonwriting;

Json propertiesOf(const QVariantMap& properties)
{
    Json object = Json::object();
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        const QVariant& v = it.value();
        switch (v.typeId()) {
        case QMetaType::Bool:
            object[utf8(it.key())] = v.toBool();
            break;
        case QMetaType::LongLong:
        case QMetaType::Int:
            object[utf8(it.key())] = v.toLongLong();
            break;
        case QMetaType::Double:
            object[utf8(it.key())] = v.toDouble();
            break;
        default:
            object[utf8(it.key())] = utf8(v.toString());
        }
    }
    return object;
}

Json pointsOf(const QVector<Point>& points)
{
    Json array = Json::array();
    for (const Point& p : points)
        array.push_back(Json{{"x", p.x}, {"y", p.y}});
    return array;
}

Json representation(const Diagram& diagram, const Element& e)
{
    return Json{{"representation", utf8(diagram.id)},
                {"id", utf8(e.id + QStringLiteral("-shape"))},
                {"position", {{"x", e.bounds.x}, {"y", e.bounds.y}}},
                {"size", {{"width", e.bounds.width}, {"height", e.bounds.height}}}};
}

// How much a zone is trusted, 0..100, from its Latch zone.
int trustRating(const Element& boundary)
{
    const QString zone = boundary.properties.value(QStringLiteral("zone")).toString();
    if (zone == QLatin1String("internet"))
        return 0;
    if (zone == QLatin1String("thirdParty"))
        return 30;
    if (zone == QLatin1String("dmz"))
        return 50;
    return 80;
}

} // namespace

QByteArray OtmWriter::write(const Model& model, QStringList* warnings)
{
    Json project = {
        {"name", utf8(model.title.isEmpty() ? QStringLiteral("Untitled") : model.title)},
        {"id", "latch-model"}};
    if (!model.description.isEmpty())
        project["description"] = utf8(model.description);
    if (!model.owner.isEmpty())
        project["owner"] = utf8(model.owner);
    Json projectAttributes = {{"latch.reviewers", strings(model.reviewers)},
                              {"latch.scope", utf8(model.scope)},
                              {"latch.compliance", strings(model.compliance)},
                              {"latch.riskMethod", utf8(riskMethodName(model.riskMethod))}};
    Json assets = Json::array();
    for (const Asset& a : model.assets)
        assets.push_back(
            {{"name", utf8(a.name)},
             {"id", utf8(a.id)},
             {"description", utf8(a.description)},
             {"risk", {{"confidentiality", 50}, {"integrity", 50}, {"availability", 50}}},
             {"attributes", {{"latch.classification", utf8(a.classification)}}}});

    Json representations = Json::array();
    Json zones = Json::array();
    Json components = Json::array();
    Json dataflows = Json::array();
    Json notes = Json::array();
    // Components and dataflows are built first and attached to threats afterwards, so they are
    // kept in lists whose addresses stay put.
    std::vector<Json> componentList;
    std::vector<Json> dataflowList;
    QHash<QString, std::pair<int, std::size_t>> ownerIndex; // id -> (0 component/1 flow, index)

    for (const Diagram& diagram : model.diagrams) {
        representations.push_back(
            {{"name", utf8(diagram.name)}, {"id", utf8(diagram.id)}, {"type", "diagram"}});
        const BoundaryGeometry geometry(diagram);
        // Elements outside every region still need a zone: one per diagram, marked as Latch's.
        const std::string outside = utf8(diagram.id + QStringLiteral("-outside"));
        bool outsideUsed = false;
        for (const Element& e : diagram.elements) {
            Json attributes = {{"latch.kind", utf8(elementKindName(e.kind))}};
            if (!e.type.isEmpty())
                attributes["latch.type"] = utf8(e.type);
            if (!e.properties.isEmpty())
                attributes["latch.properties"] = propertiesOf(e.properties);
            switch (e.kind) {
            case ElementKind::Boundary: {
                attributes["latch.shape"] = utf8(boundaryShapeName(e.shape));
                Json zone = {
                    {"id", utf8(e.id)},
                    {"name", utf8(e.name)},
                    {"type",
                     utf8(e.properties.value(QStringLiteral("zone"), QStringLiteral("boundary"))
                              .toString())},
                    {"risk", {{"trustRating", trustRating(e)}}}};
                if (!e.description.isEmpty())
                    zone["description"] = utf8(e.description);
                if (e.isRegionBoundary()) {
                    zone["representations"] = Json::array({representation(diagram, e)});
                    const auto around = geometry.regionBoundariesAround(e);
                    if (!around.isEmpty())
                        zone["parent"] = {{"trustZone", utf8(around.last()->id)}};
                } else {
                    attributes["latch.points"] = pointsOf(e.points);
                    attributes["latch.diagram"] = utf8(diagram.id);
                }
                zone["attributes"] = attributes;
                zones.push_back(zone);
                break;
            }
            case ElementKind::Note:
                notes.push_back({{"id", utf8(e.id)},
                                 {"diagram", utf8(diagram.id)},
                                 {"text", utf8(e.name)},
                                 {"x", e.bounds.x},
                                 {"y", e.bounds.y},
                                 {"width", e.bounds.width},
                                 {"height", e.bounds.height}});
                break;
            case ElementKind::Flow: {
                Json flow = {{"id", utf8(e.id)},
                             {"name", utf8(e.name)},
                             {"source", utf8(e.source)},
                             {"destination", utf8(e.target)},
                             {"bidirectional", e.bidirectional}};
                if (!e.description.isEmpty())
                    flow["description"] = utf8(e.description);
                if (!e.points.isEmpty())
                    attributes["latch.points"] = pointsOf(e.points);
                flow["attributes"] = attributes;
                ownerIndex.insert(e.id, {1, dataflowList.size()});
                dataflowList.push_back(flow);
                break;
            }
            default: {
                const auto around = geometry.regionBoundariesAround(e);
                std::string parent = outside;
                if (around.isEmpty())
                    outsideUsed = true;
                else
                    parent = utf8(around.last()->id);
                Json component = {{"id", utf8(e.id)},
                                  {"name", utf8(e.name)},
                                  {"type", utf8(e.effectiveType())},
                                  {"parent", {{"trustZone", parent}}},
                                  {"representations", Json::array({representation(diagram, e)})}};
                if (!e.description.isEmpty())
                    component["description"] = utf8(e.description);
                component["attributes"] = attributes;
                ownerIndex.insert(e.id, {0, componentList.size()});
                componentList.push_back(component);
            }
            }
        }
        if (outsideUsed)
            zones.push_back({{"id", outside},
                             {"name", "Outside every boundary"},
                             {"type", "unzoned"},
                             {"risk", {{"trustRating", 50}}},
                             {"attributes", {{"latch.synthetic", true}}}});
    }

    // Each Latch threat is its own OTM threat, attached where it belongs.
    Json threats = Json::array();
    const ThreatText text(model);
    for (const Threat& t : model.threats) {
        const auto owner = ownerIndex.constFind(t.element);
        if (owner == ownerIndex.cend()) {
            if (warnings)
                warnings->append(QStringLiteral("threat \"%1\" not written: its element %2 is "
                                                "gone")
                                     .arg(t.title, t.element));
            continue;
        }
        QStringList cwes;
        for (const QString& r : t.references) {
            if (r.startsWith(QLatin1String("CWE-")))
                cwes << r;
        }
        Json risk = {{"likelihood", nullptr}, {"impact", 0}};
        if (t.risk) {
            risk = {{"likelihood", t.risk->likelihood * 20}, {"impact", t.risk->impact * 20}};
        } else if (t.dread) {
            // Likelihood from how easily it is done and found, impact from harm and reach.
            const auto& d = *t.dread;
            risk = {
                {"likelihood", (d.reproducibility + d.exploitability + d.discoverability) * 10 / 3},
                {"impact", (d.damage + d.affectedUsers) * 10 / 2}};
        }
        Json attributes = {
            {"latch.status", utf8(threatStatusName(t.status))},
            {"latch.references", strings(t.references)},
            {"latch.origin", t.origin == ThreatOrigin::Generated ? "generated" : "manual"},
            {"latch.obsolete", t.obsolete}};
        if (!t.rule.isEmpty())
            attributes["latch.rule"] = utf8(t.rule);
        if (!t.justification.isEmpty())
            attributes["latch.justification"] = utf8(t.justification);
        if (t.textEdited)
            attributes["latch.textEdited"] = true;
        if (t.distinct)
            attributes["latch.distinct"] = true;
        if (t.dread)
            attributes["latch.dread"] = {{"damage", t.dread->damage},
                                         {"reproducibility", t.dread->reproducibility},
                                         {"exploitability", t.dread->exploitability},
                                         {"affectedUsers", t.dread->affectedUsers},
                                         {"discoverability", t.dread->discoverability}};
        if (t.risk)
            attributes["latch.risk"] = {{"likelihood", t.risk->likelihood},
                                        {"impact", t.risk->impact}};
        threats.push_back({{"id", utf8(t.id)},
                           {"name", utf8(t.title)},
                           {"description", utf8(text.description(t))},
                           {"categories", Json::array({utf8(t.category)})},
                           {"cwes", strings(cwes)},
                           {"risk", risk},
                           {"attributes", attributes}});
        Json instance = {{"threat", utf8(t.id)}, {"state", utf8(threatStatusName(t.status))}};
        Json linked = Json::array();
        for (const QString& id : t.mitigations) {
            const Mitigation* m = model.findMitigation(id);
            linked.push_back({{"mitigation", utf8(id)},
                              {"state", utf8(m ? mitigationStatusName(m->status)
                                               : QStringLiteral("proposed"))}});
        }
        instance["mitigations"] = linked;
        Json& target =
            owner->first == 0 ? componentList.at(owner->second) : dataflowList.at(owner->second);
        if (!target.contains("threats"))
            target["threats"] = Json::array();
        target["threats"].push_back(instance);
    }
    Json mitigations = Json::array();
    for (const Mitigation& m : model.mitigations) {
        const int reduction = m.status == MitigationStatus::Verified      ? 100
                              : m.status == MitigationStatus::Implemented ? 75
                                                                          : 0;
        mitigations.push_back(
            {{"id", utf8(m.id)},
             {"name", utf8(m.title)},
             {"description", utf8(m.description)},
             {"riskReduction", reduction},
             {"attributes", {{"latch.status", utf8(mitigationStatusName(m.status))}}}});
    }
    for (Json& c : componentList)
        components.push_back(std::move(c));
    for (Json& f : dataflowList)
        dataflows.push_back(std::move(f));
    if (!notes.empty())
        projectAttributes["latch.notes"] = notes;
    project["attributes"] = projectAttributes;

    Json root = {
        {"otmVersion", version},  {"project", project},  {"representations", representations},
        {"assets", assets},       {"trustZones", zones}, {"components", components},
        {"dataflows", dataflows}, {"threats", threats},  {"mitigations", mitigations}};
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

} // namespace latch
