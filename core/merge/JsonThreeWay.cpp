#include "JsonThreeWay.h"

#include <nlohmann/json.hpp>

#include <set>

namespace latch {

namespace {

using Json = nlohmann::json;

bool same(const Json* a, const Json* b)
{
    if (!a || !b)
        return a == b;
    return *a == *b;
}

bool isLayoutKey(const std::string& key)
{
    return key == "x" || key == "y" || key == "width" || key == "height" || key == "points" ||
           key == "curved" || key == "label";
}

// The layout keys of a record as one object, so that a move is compared whole.
Json layoutOf(const Json* record)
{
    Json layout = Json::object();
    if (record && record->is_object()) {
        for (auto it = record->begin(); it != record->end(); ++it) {
            if (isLayoutKey(it.key()))
                layout[it.key()] = it.value();
        }
    }
    return layout;
}

QString nameOf(const Json& record)
{
    const Json* name = JsonThreeWay::member(&record, "name");
    if (!name)
        name = JsonThreeWay::member(&record, "title");
    return name && name->is_string() ? QString::fromStdString(name->get<std::string>()) : QString();
}

} // namespace

QByteArray JsonThreeWay::text(const Json* value)
{
    return value ? QByteArray::fromStdString(value->dump()) : QByteArray("null");
}

const JsonThreeWay::Json* JsonThreeWay::member(const Json* object, const std::string& key)
{
    if (!object || !object->is_object())
        return nullptr;
    const auto it = object->find(key);
    return it == object->end() ? nullptr : &*it;
}

std::optional<JsonThreeWay::Json> JsonThreeWay::value(const QString& subject, const QString& id,
                                                      const QString& field, const Json* base,
                                                      const Json* ours, const Json* theirs)
{
    const Json* taken = ours;
    if (same(ours, theirs) || same(base, theirs)) {
        taken = ours;
    } else if (same(base, ours)) {
        taken = theirs;
    } else {
        MergeConflict c;
        c.subject = subject;
        c.id = id;
        c.field = field;
        c.reason = QStringLiteral("changed");
        c.base = text(base);
        c.ours = text(ours);
        c.theirs = text(theirs);
        m_conflicts.append(c);
    }
    if (!taken)
        return std::nullopt;
    return *taken;
}

JsonThreeWay::Json JsonThreeWay::stringSet(const Json* base, const Json& ours, const Json& theirs)
{
    const auto items = [](const Json* list) {
        std::set<std::string> set;
        if (list && list->is_array()) {
            for (const Json& item : *list) {
                if (item.is_string())
                    set.insert(item.get<std::string>());
            }
        }
        return set;
    };
    const std::set<std::string> inBase = items(base);
    const std::set<std::string> inOurs = items(&ours);
    const std::set<std::string> inTheirs = items(&theirs);
    Json merged = Json::array();
    std::set<std::string> taken;
    for (const Json& value : ours) {
        if (!value.is_string())
            continue;
        const std::string item = value.get<std::string>();
        // Theirs removed it.
        if (inBase.count(item) && !inTheirs.count(item))
            continue;
        if (taken.insert(item).second)
            merged.push_back(item);
    }
    for (const Json& value : theirs) {
        if (!value.is_string())
            continue;
        const std::string item = value.get<std::string>();
        if (!inBase.count(item) && !inOurs.count(item) && taken.insert(item).second)
            merged.push_back(item);
    }
    return merged;
}

JsonThreeWay::Json JsonThreeWay::record(const QString& subject, const QString& id, const Json* base,
                                        const Json& ours, const Json& theirs,
                                        const QStringList& setKeys, const QStringList& derivedKeys)
{
    Json merged = Json::object();
    std::set<std::string> keys;
    for (const Json* side : {base, &ours, &theirs}) {
        if (side && side->is_object()) {
            for (auto it = side->begin(); it != side->end(); ++it)
                keys.insert(it.key());
        }
    }
    bool layoutDone = false;
    for (const std::string& key : keys) {
        const Json* b = member(base, key);
        const Json* o = member(&ours, key);
        const Json* t = member(&theirs, key);
        const QString field = QString::fromStdString(key);
        if (isLayoutKey(key)) {
            if (layoutDone)
                continue;
            layoutDone = true;
            const Json lb = layoutOf(base);
            const Json lo = layoutOf(&ours);
            const Json lt = layoutOf(&theirs);
            const Json& layout = (lb == lo && lo != lt) ? lt : lo;
            if (lb != lo && lb != lt && lo != lt)
                m_notes.append(QStringLiteral("%1 %2 (%3) was moved or reshaped on both sides; "
                                              "ours is kept")
                                   .arg(subject, nameOf(ours), id));
            for (auto it = layout.begin(); it != layout.end(); ++it)
                merged[it.key()] = it.value();
            continue;
        }
        if (derivedKeys.contains(field)) {
            // Live threats are rendered again; for one that stays obsolete, the words of the
            // side where it was still live, else the same pick whichever side is ours.
            const Json* kept = o ? o : t;
            if (o && t && *o != *t) {
                const bool oursLive = !ours.value("obsolete", false);
                const bool theirsLive = !theirs.value("obsolete", false);
                if (oursLive != theirsLive)
                    kept = oursLive ? o : t;
                else
                    kept = o->dump() < t->dump() ? o : t;
            }
            if (kept)
                merged[key] = *kept;
            continue;
        }
        if (setKeys.contains(field) && o && t && o->is_array() && t->is_array()) {
            merged[key] = stringSet(b, *o, *t);
            continue;
        }
        if (o && t && o->is_object() && t->is_object() && (!b || b->is_object())) {
            Json inner = Json::object();
            std::set<std::string> innerKeys;
            for (const Json* side : {b, o, t}) {
                if (side) {
                    for (auto it = side->begin(); it != side->end(); ++it)
                        innerKeys.insert(it.key());
                }
            }
            for (const std::string& innerKey : innerKeys) {
                const QString path = field + QLatin1Char('.') + QString::fromStdString(innerKey);
                if (auto v = value(subject, id, path, member(b, innerKey), member(o, innerKey),
                                   member(t, innerKey)))
                    inner[innerKey] = std::move(*v);
            }
            merged[key] = inner;
            continue;
        }
        if (auto v = value(subject, id, field, b, o, t))
            merged[key] = std::move(*v);
    }
    return merged;
}

} // namespace latch
