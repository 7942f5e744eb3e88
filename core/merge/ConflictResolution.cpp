#include "ConflictResolution.h"

#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "model/Model.h"

#include <nlohmann/json.hpp>

#include <set>
#include <string>

namespace latch {

namespace {

using Json = nlohmann::json;

Json& listAt(Json& object, const char* key)
{
    if (!object.contains(key) || !object[key].is_array())
        object[key] = Json::array();
    return object[key];
}

// The list holding the subject and its position in it, or nothing.
struct Place
{
    Json* list = nullptr;
    std::size_t index = 0;
};

Place find(Json& document, const MergeConflict& c)
{
    const std::string id = c.id.toStdString();
    const auto in = [&](Json& list) -> Place {
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (list[i].value("id", std::string()) == id)
                return {&list, i};
        }
        return {};
    };
    if (c.subject == QLatin1String("asset"))
        return in(listAt(document["model"], "assets"));
    if (c.subject == QLatin1String("diagram"))
        return in(listAt(document, "diagrams"));
    if (c.subject == QLatin1String("threat"))
        return in(listAt(document, "threats"));
    if (c.subject == QLatin1String("mitigation"))
        return in(listAt(document, "mitigations"));
    if (c.subject == QLatin1String("element")) {
        for (Json& diagram : listAt(document, "diagrams")) {
            if (Place place = in(listAt(diagram, "elements")); place.list)
                return place;
        }
    }
    return {};
}

// What hangs on what was removed goes with it, until nothing dangles.
void removeDependents(Json& document)
{
    std::set<std::string> elements;
    std::set<std::string> mitigations;
    for (bool removed = true; removed;) {
        removed = false;
        elements.clear();
        for (Json& diagram : listAt(document, "diagrams")) {
            for (const Json& e : listAt(diagram, "elements"))
                elements.insert(e.value("id", std::string()));
        }
        for (Json& diagram : listAt(document, "diagrams")) {
            Json& list = listAt(diagram, "elements");
            for (std::size_t i = list.size(); i-- > 0;) {
                const Json& e = list[i];
                if (e.value("kind", std::string()) == "flow" &&
                    (!elements.count(e.value("source", std::string())) ||
                     !elements.count(e.value("target", std::string())))) {
                    list.erase(i);
                    removed = true;
                }
            }
        }
    }
    for (const Json& m : listAt(document, "mitigations"))
        mitigations.insert(m.value("id", std::string()));
    for (Json& threat : listAt(document, "threats")) {
        if (!elements.count(threat.value("element", std::string())))
            threat["obsolete"] = true;
        Json kept = Json::array();
        for (const Json& link : listAt(threat, "mitigations")) {
            if (link.is_string() && mitigations.count(link.get<std::string>()))
                kept.push_back(link);
        }
        threat["mitigations"] = std::move(kept);
    }
}

// Records about subjects that are no longer there are moot.
void dropMootConflicts(Json& document)
{
    Json& conflicts = listAt(document, "conflicts");
    for (std::size_t i = conflicts.size(); i-- > 0;) {
        MergeConflict c;
        c.subject = QString::fromStdString(conflicts[i].value("subject", std::string()));
        c.id = QString::fromStdString(conflicts[i].value("id", std::string()));
        if (c.subject != QLatin1String("model") && !find(document, c).list)
            conflicts.erase(i);
    }
    if (conflicts.empty())
        document.erase("conflicts");
}

bool apply(Json& document, const MergeConflict& c, const Json& value, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (c.subject == QLatin1String("model")) {
        if (c.field == QLatin1String("library"))
            document["library"] = value;
        else if (!c.field.isEmpty())
            document["model"][c.field.toStdString()] = value;
        return true;
    }
    const Place place = find(document, c);
    if (!place.list)
        return fail(QStringLiteral("%1 %2 is not in the model").arg(c.subject, c.id));
    Json& record = (*place.list)[place.index];
    if (c.field.isEmpty()) {
        if (value.is_null()) {
            place.list->erase(place.index);
            removeDependents(document);
        } else if (!value.is_object()) {
            return fail(QStringLiteral("the %1 must be a JSON object or null").arg(c.subject));
        } else {
            record = value;
        }
        return true;
    }
    // "properties.authenticates": one level down; the rest of the name may hold dots.
    const std::string field = c.field.toStdString();
    const std::size_t dot = field.find('.');
    if (dot == std::string::npos) {
        record[field] = value;
        return true;
    }
    Json& inner = record[field.substr(0, dot)];
    if (!inner.is_object())
        inner = Json::object();
    if (value.is_null() && field.compare(0, dot, "properties") == 0)
        inner.erase(field.substr(dot + 1)); // a property one side does not have
    else
        inner[field.substr(dot + 1)] = value;
    return true;
}

} // namespace

std::optional<Model> ConflictResolution::resolveWith(const Model& model, int index,
                                                     const QByteArray& value, QString* error)
{
    if (index < 0 || index >= model.conflicts.size()) {
        if (error)
            *error = QStringLiteral("no conflict number %1").arg(index + 1);
        return std::nullopt;
    }
    const Json chosen = Json::parse(value.cbegin(), value.cend(), nullptr, false);
    if (chosen.is_discarded()) {
        if (error)
            *error = QStringLiteral("not a JSON value: %1").arg(QString::fromUtf8(value));
        return std::nullopt;
    }
    const MergeConflict& c = model.conflicts.at(index);
    const QByteArray text = TmodelWriter::writeFull(model);
    Json document = Json::parse(text.cbegin(), text.cend());
    listAt(document, "conflicts").erase(std::size_t(index));
    if (!apply(document, c, chosen, error))
        return std::nullopt;
    dropMootConflicts(document);
    FormatError problem;
    auto resolved = TmodelReader::read(QByteArray::fromStdString(document.dump()), &problem);
    if (!resolved && error)
        *error = problem.path.isEmpty() ? problem.message
                                        : problem.path + QStringLiteral(": ") + problem.message;
    return resolved;
}

std::optional<Model> ConflictResolution::resolve(const Model& model, int index, Choice choice,
                                                 QString* error)
{
    if (index < 0 || index >= model.conflicts.size())
        return resolveWith(model, index, {}, error);
    const MergeConflict& c = model.conflicts.at(index);
    const QByteArray& value = choice == Choice::Ours     ? c.ours
                              : choice == Choice::Theirs ? c.theirs
                                                         : c.base;
    return resolveWith(model, index, value, error);
}

} // namespace latch
