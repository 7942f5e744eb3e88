#include "ModelMerge.h"

#include "JsonThreeWay.h"
#include "engine/ThreatGenerator.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace latch {

namespace {

using Json = nlohmann::json;

Json documentOf(const Model& model)
{
    const QByteArray text = TmodelWriter::writeFull(model);
    return Json::parse(text.cbegin(), text.cend());
}

std::string idOf(const Json& record)
{
    const Json* id = JsonThreeWay::member(&record, "id");
    return id && id->is_string() ? id->get<std::string>() : std::string();
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

const Json& arrayAt(const Json& object, const char* key)
{
    static const Json empty = Json::array();
    const Json* list = JsonThreeWay::member(&object, key);
    return list && list->is_array() ? *list : empty;
}

// Records of one list by id, in their order. Elements also remember their diagram.
struct Records
{
    std::vector<std::string> order;
    std::unordered_map<std::string, Json> byId;
    std::unordered_map<std::string, std::string> diagramOf;

    const Json* find(const std::string& id) const
    {
        const auto it = byId.find(id);
        return it == byId.end() ? nullptr : &it->second;
    }
    void put(const std::string& id, Json record)
    {
        if (byId.emplace(id, std::move(record)).second)
            order.push_back(id);
    }
    static Records of(const Json& list, const char* dropKey = nullptr)
    {
        Records records;
        for (const Json& item : list) {
            Json record = item;
            if (dropKey)
                record.erase(dropKey);
            records.put(idOf(item), std::move(record));
        }
        return records;
    }
};

// One version of the document, taken apart into the lists that merge by id.
struct Version
{
    Json meta;
    Records assets;
    Records diagrams;
    Records elements;
    Records threats;
    Records mitigations;
    const Json* library = nullptr;
    Json conflicts;

    explicit Version(const Json& document)
    {
        meta = document.value("model", Json::object());
        assets = Records::of(arrayAt(meta, "assets"));
        meta.erase("assets");
        diagrams = Records::of(arrayAt(document, "diagrams"), "elements");
        for (const Json& diagram : arrayAt(document, "diagrams")) {
            for (const Json& element : arrayAt(diagram, "elements")) {
                elements.put(idOf(element), element);
                elements.diagramOf[idOf(element)] = idOf(diagram);
            }
        }
        threats = Records::of(arrayAt(document, "threats"));
        mitigations = Records::of(arrayAt(document, "mitigations"));
        library = JsonThreeWay::member(&document, "library");
        conflicts = arrayAt(document, "conflicts");
    }
};

class DocumentMerge
{
public:
    DocumentMerge(const Json& base, const Json& ours, const Json& theirs,
                  const ModelMerge::Names& names, QStringList& notes)
        : m_header(ours)
        , m_base(base)
        , m_ours(ours)
        , m_theirs(theirs)
        , m_names(names)
        , m_three(m_conflicts, notes)
    {
    }

    Json run()
    {
        Json meta =
            m_three.record(QStringLiteral("model"), {}, &m_base.meta, m_ours.meta, m_theirs.meta,
                           {QStringLiteral("reviewers"), QStringLiteral("compliance")});
        Records assets = records(QStringLiteral("asset"), &Version::assets);
        Records diagrams = records(QStringLiteral("diagram"), &Version::diagrams);
        Records elements = records(QStringLiteral("element"), &Version::elements);
        Records threats = records(QStringLiteral("threat"), &Version::threats,
                                  {QStringLiteral("references"), QStringLiteral("mitigations")});
        Records mitigations = records(QStringLiteral("mitigation"), &Version::mitigations);
        const auto library = m_three.value(QStringLiteral("model"), {}, QStringLiteral("library"),
                                           m_base.library, m_ours.library, m_theirs.library);
        keepWhatIsUsed(diagrams, elements, threats, mitigations);

        Json document = Json::object();
        document["format"] = m_header.value("format", Json());
        document["version"] = m_header.value("version", Json());
        meta["assets"] = listOf(assets);
        document["model"] = std::move(meta);
        Json diagramList = Json::array();
        for (const std::string& id : diagrams.order) {
            Json diagram = diagrams.byId.at(id);
            diagram["elements"] = Json::array();
            for (const std::string& elementId : elements.order) {
                if (elements.diagramOf.at(elementId) == id)
                    diagram["elements"].push_back(elements.byId.at(elementId));
            }
            diagramList.push_back(std::move(diagram));
        }
        document["diagrams"] = std::move(diagramList);
        document["threats"] = listOf(threats);
        document["mitigations"] = listOf(mitigations);
        document["library"] = library ? *library : Json();
        Json conflicts = earlierConflicts();
        for (const MergeConflict& c : m_conflicts)
            conflicts.push_back(recordOf(c));
        if (!conflicts.empty())
            document["conflicts"] = std::move(conflicts);
        return document;
    }

private:
    Records records(const QString& subject, Records Version::*list, const QStringList& setKeys = {})
    {
        const Records& b = m_base.*list;
        const Records& o = m_ours.*list;
        const Records& t = m_theirs.*list;
        Records merged;
        std::set<std::string> seen;
        const auto consider = [&](const std::string& id, const Records& side) {
            if (!seen.insert(id).second)
                return;
            const Json* rb = b.find(id);
            const Json* ro = o.find(id);
            const Json* rt = t.find(id);
            const auto where = side.diagramOf.find(id);
            if (where != side.diagramOf.end())
                merged.diagramOf[id] = where->second;
            if (ro && rt) {
                merged.put(id, m_three.record(subject, qs(id), rb, *ro, *rt, setKeys,
                                              rendered(*ro) && rendered(*rt) ? derivedKeys()
                                                                             : QStringList()));
                return;
            }
            const Json* kept = ro ? ro : rt;
            if (rb && *rb == *kept)
                return; // removed on the other side, untouched on this one
            merged.put(id, *kept);
            if (rb)
                addConflict(subject, id, QStringLiteral("removed"), rb, ro, rt);
        };
        for (const std::string& id : o.order)
            consider(id, o);
        for (const std::string& id : t.order)
            consider(id, t);
        return merged;
    }

    // A generated threat in its rule's words: they are rendered again for the merged diagram.
    static bool rendered(const Json& threat)
    {
        return threat.value("origin", std::string()) == "generated" &&
               !threat.value("text_edited", false);
    }
    static QStringList derivedKeys()
    {
        return {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("category"),
                QStringLiteral("references")};
    }

    // Puts back what one side removed while the other still refers to it, until nothing that
    // is referred to is missing: the result must have no dangling reference.
    void keepWhatIsUsed(Records& diagrams, Records& elements, Records& threats,
                        Records& mitigations)
    {
        for (bool restored = true; restored;) {
            restored = false;
            for (const std::string& id : std::vector<std::string>(elements.order)) {
                restored |= restore(QStringLiteral("diagram"), &Version::diagrams, diagrams,
                                    elements.diagramOf.at(id));
                const Json& element = elements.byId.at(id);
                if (element.value("kind", std::string()) != "flow")
                    continue;
                for (const char* end : {"source", "target"})
                    restored |= restore(QStringLiteral("element"), &Version::elements, elements,
                                        element.value(end, std::string()));
            }
            for (const std::string& id : threats.order) {
                const Json& threat = threats.byId.at(id);
                if (!threat.value("obsolete", false))
                    restored |= restore(QStringLiteral("element"), &Version::elements, elements,
                                        threat.value("element", std::string()));
                for (const Json& link : arrayAt(threat, "mitigations")) {
                    if (link.is_string())
                        restored |= restore(QStringLiteral("mitigation"), &Version::mitigations,
                                            mitigations, link.get<std::string>());
                }
            }
        }
    }

    bool restore(const QString& subject, Records Version::*list, Records& merged,
                 const std::string& id)
    {
        if (id.empty() || merged.find(id))
            return false;
        const Json* rb = (m_base.*list).find(id);
        const Json* ro = (m_ours.*list).find(id);
        const Json* rt = (m_theirs.*list).find(id);
        const Json* kept = ro ? ro : rt ? rt : rb;
        if (!kept)
            return false; // never there: the reader reports the broken reference
        const Records& from = ro ? m_ours.*list : rt ? m_theirs.*list : m_base.*list;
        if (const auto where = from.diagramOf.find(id); where != from.diagramOf.end())
            merged.diagramOf[id] = where->second;
        merged.put(id, *kept);
        bool known = false;
        for (const MergeConflict& c : m_conflicts)
            known = known || (c.subject == subject && c.id == qs(id) && c.field.isEmpty());
        if (!known)
            addConflict(subject, id, QStringLiteral("in-use"), rb, ro, rt);
        return true;
    }

    void addConflict(const QString& subject, const std::string& id, const QString& reason,
                     const Json* base, const Json* ours, const Json* theirs)
    {
        MergeConflict c;
        c.subject = subject;
        c.id = qs(id);
        c.reason = reason;
        c.base = JsonThreeWay::text(base);
        c.ours = JsonThreeWay::text(ours);
        c.theirs = JsonThreeWay::text(theirs);
        m_conflicts.append(c);
    }

    static Json listOf(const Records& records)
    {
        Json list = Json::array();
        for (const std::string& id : records.order)
            list.push_back(records.byId.at(id));
        return list;
    }

    Json recordOf(const MergeConflict& c) const
    {
        const auto parsed = [](const QByteArray& text) {
            return Json::parse(text.cbegin(), text.cend(), nullptr, false);
        };
        Json record = {{"subject", c.subject.toStdString()},
                       {"id", c.id.toStdString()},
                       {"field", c.field.toStdString()},
                       {"reason", c.reason.toStdString()},
                       {"base", parsed(c.base)},
                       {"ours", parsed(c.ours)},
                       {"theirs", parsed(c.theirs)}};
        if (!m_names.ours.isEmpty())
            record["oursName"] = m_names.ours.toStdString();
        if (!m_names.theirs.isEmpty())
            record["theirsName"] = m_names.theirs.toStdString();
        return record;
    }

    // Conflicts the versions already held (a merge of merges): those theirs settled are
    // settled, those theirs added are added.
    Json earlierConflicts() const
    {
        const auto contains = [](const Json& list, const Json& item) {
            return std::find(list.begin(), list.end(), item) != list.end();
        };
        Json kept = Json::array();
        for (const Json& c : m_ours.conflicts) {
            if (!contains(m_base.conflicts, c) || contains(m_theirs.conflicts, c))
                kept.push_back(c);
        }
        for (const Json& c : m_theirs.conflicts) {
            if (!contains(m_base.conflicts, c) && !contains(m_ours.conflicts, c))
                kept.push_back(c);
        }
        return kept;
    }

    const Json& m_header;
    Version m_base;
    Version m_ours;
    Version m_theirs;
    const ModelMerge::Names& m_names;
    QVector<MergeConflict> m_conflicts;
    JsonThreeWay m_three;
};

bool hasGenerated(const Model& model)
{
    for (const Threat& t : model.threats) {
        if (t.origin == ThreatOrigin::Generated)
            return true;
    }
    return false;
}

} // namespace

MergeResult ModelMerge::merge(const Model& base, const Model& ours, const Model& theirs,
                              const Names& names)
{
    MergeResult result;
    try {
        const Json ourDocument = documentOf(ours);
        const Json merged =
            DocumentMerge(documentOf(base), ourDocument, documentOf(theirs), names, result.notes)
                .run();
        FormatError error;
        auto model = TmodelReader::read(QByteArray::fromStdString(merged.dump()), &error);
        if (!model) {
            result.error = QStringLiteral("the merged model does not read back (%1)")
                               .arg(error.toString(QStringLiteral("merge")));
            return result;
        }
        result.model = std::move(*model);
    } catch (const std::exception& e) {
        result.error = QStringLiteral("cannot merge: ") + QString::fromUtf8(e.what());
        return result;
    }
    result.rederive = hasGenerated(ours) || hasGenerated(theirs);
    return result;
}

void ModelMerge::rederive(Model& merged, const RuleLibrary& library, bool keepUnknownRules)
{
    ThreatGenerator generator(library);
    generator.setKeepUnknownRules(keepUnknownRules);
    generator.generate(merged);
}

} // namespace latch
