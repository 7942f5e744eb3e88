#include "TmodelWriter.h"

#include "JsonStreamWriter.h"
#include "SchemaMigration.h"
#include "TmodelFormat.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "model/Model.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace latch {

namespace {

class ModelWriter
{
public:
    // With a sink, the text is handed over whenever `out` holds a piece of it, and `out` is
    // reused; without one, `out` receives all of it.
    ModelWriter(QByteArray& out, const TmodelWriter::Sink* sink, bool full = false)
        : m_out(out)
        , m_json(out)
        , m_sink(sink)
        , m_full(full)
    {
    }

    bool ok() const { return m_ok; }

    void write(const Model& model)
    {
        m_rules = RuleLibraryLoader::portable(model.embeddedLibrary);
        m_json.beginObject();
        m_json.member("format", TmodelFormat::formatTag);
        m_json.member("version", SchemaMigration::currentVersion);
        writeMeta(model);
        m_json.key("diagrams");
        m_json.beginArray();
        for (const Diagram& d : model.diagrams) {
            m_json.beginObject();
            m_json.member("id", d.id);
            m_json.member("name", d.name);
            m_json.key("elements");
            m_json.beginArray();
            for (const Element& e : d.elements) {
                writeElement(e);
                handOver();
            }
            m_json.endArray();
            m_json.endObject();
        }
        m_json.endArray();
        m_json.key("threats");
        m_json.beginArray();
        for (const Threat& t : model.threats) {
            writeThreat(t);
            handOver();
        }
        m_json.endArray();
        m_json.key("mitigations");
        m_json.beginArray();
        for (const Mitigation& m : model.mitigations) {
            m_json.beginObject();
            m_json.member("id", m.id);
            m_json.member("title", m.title);
            m_json.member("description", m.description);
            m_json.member("status", mitigationStatusName(m.status));
            m_json.endObject();
        }
        m_json.endArray();
        m_json.key("library");
        writeLibrary(model.embeddedLibrary);
        // Only a merged model has the key: every other file reads as it did in version 4.
        if (!model.conflicts.isEmpty()) {
            m_json.key("conflicts");
            m_json.beginArray();
            for (const MergeConflict& c : model.conflicts)
                writeConflict(c);
            m_json.endArray();
        }
        m_json.endObject();
    }

private:
    void strings(const char* key, const QStringList& list)
    {
        m_json.key(key);
        m_json.beginArray();
        for (const QString& item : list)
            m_json.value(item);
        m_json.endArray();
    }

    void writeMeta(const Model& model)
    {
        m_json.key("model");
        m_json.beginObject();
        m_json.member("title", model.title);
        m_json.member("owner", model.owner);
        strings("reviewers", model.reviewers);
        m_json.member("description", model.description);
        m_json.member("scope", model.scope);
        m_json.member("riskMethod", riskMethodName(model.riskMethod));
        // Written when it is not STRIDE alone, so files that choose nothing stay as they were.
        if (model.frameworks != QStringList{QStringLiteral("stride")})
            strings("frameworks", model.frameworks);
        m_json.key("assets");
        m_json.beginArray();
        for (const Asset& a : model.assets) {
            m_json.beginObject();
            m_json.member("id", a.id);
            m_json.member("name", a.name);
            m_json.member("classification", a.classification);
            m_json.member("description", a.description);
            m_json.endObject();
        }
        m_json.endArray();
        strings("compliance", model.compliance);
        m_json.endObject();
    }

    void points(const QVector<Point>& list)
    {
        m_json.key("points");
        m_json.beginArray();
        for (const Point& p : list) {
            m_json.beginObject();
            m_json.member("x", p.x);
            m_json.member("y", p.y);
            m_json.endObject();
        }
        m_json.endArray();
    }

    void box(const Rect& r)
    {
        m_json.member("x", r.x);
        m_json.member("y", r.y);
        m_json.member("width", r.width);
        m_json.member("height", r.height);
    }

    void propertyValue(const QVariant& value)
    {
        switch (value.typeId()) {
        case QMetaType::Bool:
            m_json.value(value.toBool());
            return;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::UShort:
        case QMetaType::Short:
            m_json.value(qint64(value.toLongLong()));
            return;
        case QMetaType::ULongLong:
            m_json.unsignedValue(value.toULongLong());
            return;
        case QMetaType::Double:
        case QMetaType::Float: {
            const double number = value.toDouble();
            // JSON has no NaN or infinity; a property cannot hold them meaningfully either.
            if (std::isfinite(number))
                m_json.value(number);
            else
                m_json.value(0);
            return;
        }
        default:
            m_json.value(value.toString());
        }
    }

    void writeElement(const Element& e)
    {
        m_json.beginObject();
        m_json.member("id", e.id);
        m_json.member("kind", elementKindName(e.kind));
        m_json.member("type", e.effectiveType());
        m_json.member("name", e.name);
        m_json.member("description", e.description);
        if (e.kind == ElementKind::Flow) {
            m_json.member("source", e.source);
            m_json.member("target", e.target);
            m_json.member("bidirectional", e.bidirectional);
            if (e.curved)
                m_json.member("curved", true);
            points(e.points);
            if (e.labelOffset != Point{}) {
                m_json.key("label");
                m_json.beginObject();
                m_json.member("x", e.labelOffset.x);
                m_json.member("y", e.labelOffset.y);
                m_json.endObject();
            }
        } else if (e.kind == ElementKind::Boundary) {
            m_json.member("shape", boundaryShapeName(e.shape));
            if (e.shape == BoundaryShape::Region)
                box(e.bounds);
            else
                points(e.points);
        } else {
            box(e.bounds);
        }
        m_json.key("properties");
        m_json.beginObject();
        // QVariantMap iterates in key order, which makes the output sorted.
        for (auto it = e.properties.cbegin(); it != e.properties.cend(); ++it) {
            m_json.key(it.key().toStdString());
            propertyValue(it.value());
        }
        m_json.endObject();
        m_json.endObject();
    }

    void dread(const std::optional<DreadScore>& score)
    {
        m_json.key("dread");
        if (!score) {
            m_json.null();
            return;
        }
        m_json.beginObject();
        m_json.member("damage", score->damage);
        m_json.member("reproducibility", score->reproducibility);
        m_json.member("exploitability", score->exploitability);
        m_json.member("affectedUsers", score->affectedUsers);
        m_json.member("discoverability", score->discoverability);
        m_json.endObject();
    }

    // Every key in a fixed order. A generated threat whose words the team kept leaves out what
    // its rule gives back on reading (the derived id, category, description, references, the
    // rule's scores) and the team's fields still at their starting value; its title stays, so
    // that a raw diff reads. A manual or reworded threat writes every key.
    void writeThreat(const Threat& t)
    {
        const bool compact = !m_full && t.origin == ThreatOrigin::Generated && !t.textEdited;
        const Rule* rule = compact ? m_rules->findRule(t.rule) : nullptr;
        m_json.beginObject();
        if (!compact || t.id != ThreatGenerator::threatIdFor(t.rule, t.element))
            m_json.member("id", t.id);
        m_json.key("rule");
        if (t.rule.isEmpty())
            m_json.null();
        else
            m_json.value(t.rule);
        m_json.member("element", t.element);
        if (!rule || t.category != rule->category)
            m_json.member("category", t.category);
        m_json.member("title", t.title);
        if (!compact || !t.description.isEmpty())
            m_json.member("description", t.description);
        if (!compact || (rule ? t.references != rule->references : !t.references.isEmpty()))
            strings("references", t.references);
        if (!compact || (rule ? t.dread != rule->dread : t.dread.has_value()))
            dread(t.dread);
        if (!compact || t.risk) {
            m_json.key("risk");
            if (t.risk) {
                m_json.beginObject();
                m_json.member("likelihood", t.risk->likelihood);
                m_json.member("impact", t.risk->impact);
                m_json.endObject();
            } else {
                m_json.null();
            }
        }
        if (!compact || t.status != ThreatStatus::Open)
            m_json.member("status", threatStatusName(t.status));
        if (!compact || !t.justification.isEmpty())
            m_json.member("justification", t.justification);
        if (!compact || !t.mitigations.isEmpty())
            strings("mitigations", t.mitigations);
        if (!compact)
            m_json.member("origin", t.origin == ThreatOrigin::Generated ? "generated" : "manual");
        if (!compact || t.obsolete)
            m_json.member("obsolete", t.obsolete);
        if (t.textEdited)
            m_json.member("text_edited", true);
        if (t.distinct)
            m_json.member("distinct", true);
        m_json.endObject();
    }

    void writeConflict(const MergeConflict& c)
    {
        m_json.beginObject();
        m_json.member("subject", c.subject);
        m_json.member("id", c.id);
        m_json.member("field", c.field);
        m_json.member("reason", c.reason);
        for (const auto& [key, text] : {std::pair{"base", &c.base}, std::pair{"ours", &c.ours},
                                        std::pair{"theirs", &c.theirs}}) {
            m_json.key(key);
            const nlohmann::json value =
                nlohmann::json::parse(text->cbegin(), text->cend(), nullptr, false);
            if (value.is_discarded())
                m_json.null();
            else
                m_json.value(value);
        }
        if (!c.oursName.isEmpty())
            m_json.member("oursName", c.oursName);
        if (!c.theirsName.isEmpty())
            m_json.member("theirsName", c.theirsName);
        m_json.endObject();
    }

    void writeLibrary(const QByteArray& library)
    {
        if (library.isEmpty()) {
            m_json.null();
            return;
        }
        // Stored compact with sorted keys (see the reader), so this output is stable too.
        const nlohmann::json parsed =
            nlohmann::json::parse(library.cbegin(), library.cend(), nullptr, false);
        if (parsed.is_discarded())
            m_json.null();
        else
            m_json.value(parsed);
    }

    void handOver()
    {
        if (!m_sink || m_out.size() < TmodelWriter::pieceSize)
            return;
        m_ok = m_ok && (*m_sink)(m_out);
        m_out.resize(0); // keeps the capacity
    }

    QByteArray& m_out;
    JsonStreamWriter m_json;
    const TmodelWriter::Sink* m_sink;
    const bool m_full;
    bool m_ok = true;
    std::shared_ptr<const RuleLibrary> m_rules;
};

} // namespace

QByteArray TmodelWriter::write(const Model& model)
{
    QByteArray out;
    // Generously more than the 300 bytes an element and 160 a generated threat take: one
    // allocation, whose unused end is never touched.
    qsizetype elements = 0;
    for (const Diagram& d : model.diagrams)
        elements += d.elements.size();
    out.reserve(64 * 1024 + 400 * elements + 220 * model.threats.size());
    ModelWriter(out, nullptr).write(model);
    out.append('\n');
    return out;
}

QByteArray TmodelWriter::writeFull(const Model& model)
{
    QByteArray out;
    ModelWriter(out, nullptr, true).write(model);
    out.append('\n');
    return out;
}

bool TmodelWriter::write(const Model& model, const Sink& sink)
{
    QByteArray out;
    out.reserve(pieceSize + 256 * 1024);
    ModelWriter writer(out, &sink);
    writer.write(model);
    out.append('\n');
    return writer.ok() && sink(out);
}

} // namespace latch
