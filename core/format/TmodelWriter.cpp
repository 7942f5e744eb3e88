#include "TmodelWriter.h"

#include "SchemaMigration.h"
#include "TmodelFormat.h"
#include "model/Model.h"
#include "model/ThreatCategory.h"

#include "format/JsonWriting.h"

#include <cmath>

namespace latch {

namespace {

using namespace jsonwriting;

Json points(const QVector<Point>& list)
{
    Json array = Json::array();
    for (const Point& p : list)
        array.push_back(Json{{"x", p.x}, {"y", p.y}});
    return array;
}

Json propertyValue(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::Short:
        return value.toLongLong();
    case QMetaType::ULongLong:
        return value.toULongLong();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        // JSON has no NaN or infinity; a property cannot hold them meaningfully either.
        return std::isfinite(number) ? Json(number) : Json(0);
    }
    default:
        return utf8(value.toString());
    }
}

Json properties(const QVariantMap& map)
{
    Json object = Json::object();
    // QVariantMap iterates in key order, which makes the output sorted.
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object[utf8(it.key())] = propertyValue(it.value());
    return object;
}

void putBox(Json& object, const Rect& r)
{
    object["x"] = r.x;
    object["y"] = r.y;
    object["width"] = r.width;
    object["height"] = r.height;
}

Json element(const Element& e)
{
    Json object;
    object["id"] = utf8(e.id);
    object["kind"] = utf8(elementKindName(e.kind));
    object["type"] = utf8(e.effectiveType());
    object["name"] = utf8(e.name);
    object["description"] = utf8(e.description);
    if (e.kind == ElementKind::Flow) {
        object["source"] = utf8(e.source);
        object["target"] = utf8(e.target);
        object["bidirectional"] = e.bidirectional;
        object["points"] = points(e.points);
    } else if (e.kind == ElementKind::Boundary) {
        object["shape"] = utf8(boundaryShapeName(e.shape));
        if (e.shape == BoundaryShape::Region)
            putBox(object, e.bounds);
        else
            object["points"] = points(e.points);
    } else {
        putBox(object, e.bounds);
    }
    object["properties"] = properties(e.properties);
    return object;
}

Json threat(const Threat& t)
{
    Json object;
    object["id"] = utf8(t.id);
    object["rule"] = t.rule.isEmpty() ? Json(nullptr) : Json(utf8(t.rule));
    object["element"] = utf8(t.element);
    object["category"] = utf8(t.category);
    object["title"] = utf8(t.title);
    object["description"] = utf8(t.description);
    object["references"] = strings(t.references);
    if (t.dread) {
        object["dread"] = Json{{"damage", t.dread->damage},
                               {"reproducibility", t.dread->reproducibility},
                               {"exploitability", t.dread->exploitability},
                               {"affectedUsers", t.dread->affectedUsers},
                               {"discoverability", t.dread->discoverability}};
    } else {
        object["dread"] = nullptr;
    }
    if (t.risk)
        object["risk"] = Json{{"likelihood", t.risk->likelihood}, {"impact", t.risk->impact}};
    else
        object["risk"] = nullptr;
    object["status"] = utf8(threatStatusName(t.status));
    object["justification"] = utf8(t.justification);
    object["mitigations"] = strings(t.mitigations);
    object["origin"] = t.origin == ThreatOrigin::Generated ? "generated" : "manual";
    object["obsolete"] = t.obsolete;
    if (t.textEdited) // only when set, so files written before it existed stay canonical
        object["text_edited"] = true;
    return object;
}

} // namespace

QByteArray TmodelWriter::write(const Model& model)
{
    Json root;
    root["format"] = TmodelFormat::formatTag;
    root["version"] = SchemaMigration::currentVersion;

    Json meta;
    meta["title"] = utf8(model.title);
    meta["owner"] = utf8(model.owner);
    meta["reviewers"] = strings(model.reviewers);
    meta["description"] = utf8(model.description);
    meta["scope"] = utf8(model.scope);
    meta["riskMethod"] = utf8(riskMethodName(model.riskMethod));
    Json assets = Json::array();
    for (const Asset& a : model.assets) {
        Json asset;
        asset["id"] = utf8(a.id);
        asset["name"] = utf8(a.name);
        asset["classification"] = utf8(a.classification);
        asset["description"] = utf8(a.description);
        assets.push_back(std::move(asset));
    }
    meta["assets"] = std::move(assets);
    meta["compliance"] = strings(model.compliance);
    root["model"] = std::move(meta);

    Json diagrams = Json::array();
    for (const Diagram& d : model.diagrams) {
        Json diagram;
        diagram["id"] = utf8(d.id);
        diagram["name"] = utf8(d.name);
        Json elements = Json::array();
        for (const Element& e : d.elements)
            elements.push_back(element(e));
        diagram["elements"] = std::move(elements);
        diagrams.push_back(std::move(diagram));
    }
    root["diagrams"] = std::move(diagrams);

    Json threats = Json::array();
    for (const Threat& t : model.threats)
        threats.push_back(threat(t));
    root["threats"] = std::move(threats);

    Json mitigations = Json::array();
    for (const Mitigation& m : model.mitigations) {
        Json mitigation;
        mitigation["id"] = utf8(m.id);
        mitigation["title"] = utf8(m.title);
        mitigation["description"] = utf8(m.description);
        mitigation["status"] = utf8(mitigationStatusName(m.status));
        mitigations.push_back(std::move(mitigation));
    }
    root["mitigations"] = std::move(mitigations);

    if (model.embeddedLibrary.isEmpty()) {
        root["library"] = nullptr;
    } else {
        // Stored compact with sorted keys (see the reader), so this output is stable too.
        Json library = Json::parse(model.embeddedLibrary.cbegin(), model.embeddedLibrary.cend(),
                                   nullptr, false);
        root["library"] = library.is_discarded() ? Json(nullptr) : std::move(library);
    }

    // Replace, never throw, on text that is not valid UTF-8: a save must not fail on a stray
    // byte that came in through an importer.
    std::string text = root.dump(2, ' ', false, Json::error_handler_t::replace);
    text += '\n';
    return QByteArray::fromStdString(text);
}

} // namespace latch
