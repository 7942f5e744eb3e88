#include "ThreatDragonReader.h"

#include "ImportBuilder.h"
#include "LenientJson.h"

#include "format/JsonText.h"
#include "format/TmodelFormat.h"
#include <map>
#include <set>

namespace latch {

namespace {

using namespace lenientjson;

Point point(const Json& object)
{
    return {ImportBuilder::coordinate(number(object, "x")),
            ImportBuilder::coordinate(number(object, "y"))};
}

// Reads one file's cells into the builder. The two versions differ in where things are, not
// in what they are, so a Cell view hides that.
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
        const Json* summary = member(m_root, "summary");
        const Json* detail = member(m_root, "detail");
        if (!detail || !detail->is_object())
            jsontext::fail(QStringLiteral("detail"),
                           QStringLiteral("missing: not a Threat Dragon model"));
        Model& model = m_builder.model();
        if (summary) {
            model.title = text(*summary, "title");
            model.owner = text(*summary, "owner");
            model.description = text(*summary, "description");
        }
        if (const Json* reviewer = member(*detail, "reviewer"); reviewer && reviewer->is_string())
            model.reviewers << text(reviewer);
        const Json* diagrams = member(*detail, "diagrams");
        if (!diagrams || !diagrams->is_array())
            jsontext::fail(QStringLiteral("detail.diagrams"),
                           QStringLiteral("missing: not a Threat Dragon model"));
        m_version2 = member(m_root, "version") != nullptr;
        m_builder.summary().format =
            m_version2 ? QStringLiteral("Threat Dragon 2.x") : QStringLiteral("Threat Dragon 1.x");
        for (std::size_t i = 0; i < diagrams->size(); ++i)
            readDiagram((*diagrams)[i], jsontext::indexed(QStringLiteral("detail.diagrams"), i));
        if (m_keptProperties > 0)
            m_builder.warn(QStringLiteral("%1 Threat Dragon properties with no Latch equivalent "
                                          "were kept as td.* properties")
                               .arg(m_keptProperties));
        if (m_hasSeverity)
            model.riskMethod = RiskMethod::Matrix; // severities map onto likelihood x impact
    }

private:
    const Json* cellsOf(const Json& diagram) const
    {
        if (const Json* cells = member(diagram, "cells"))
            return cells;
        return dig(diagram, {"diagramJson", "cells"});
    }

    // "tm.Actor" etc. from either version.
    static QString typeOf(const Json& cell)
    {
        const QString shape = text(cell, "shape");
        if (shape == QLatin1String("actor"))
            return QStringLiteral("tm.Actor");
        if (shape == QLatin1String("process"))
            return QStringLiteral("tm.Process");
        if (shape == QLatin1String("store"))
            return QStringLiteral("tm.Store");
        if (shape == QLatin1String("flow"))
            return QStringLiteral("tm.Flow");
        if (shape == QLatin1String("trust-boundary-curve") ||
            shape == QLatin1String("trust-broundary-curve")) // as Threat Dragon spells it
            return QStringLiteral("tm.Boundary");
        if (shape == QLatin1String("trust-boundary-box"))
            return QStringLiteral("tm.BoundaryBox");
        if (shape == QLatin1String("td-text-block"))
            return QStringLiteral("tm.Text");
        if (const Json* data = member(cell, "data"); data && !text(*data, "type").isEmpty())
            return text(*data, "type");
        return text(cell, "type");
    }

    // Version 2 keeps properties under "data"; version 1 on the cell itself.
    static const Json& propertiesOf(const Json& cell)
    {
        const Json* data = member(cell, "data");
        return data && data->is_object() ? *data : cell;
    }

    static QString nameOf(const Json& cell, const Json& properties)
    {
        for (const QString& candidate :
             {text(properties, "name"), text(dig(cell, {"attrs", "text", "text"})),
              text(dig(cell, {"attrs", "label", "text"})),
              text(dig(cell, {"labels", "0", "attrs", "text", "text"})),
              text(dig(cell, {"labels", "0", "attrs", "labelText", "text"}))}) {
            if (!candidate.trimmed().isEmpty())
                return candidate.trimmed();
        }
        return {};
    }

    void readDiagram(const Json& diagram, const QString& path)
    {
        const int index = m_builder.addDiagram(text(diagram, "title"));
        const Json* cells = cellsOf(diagram);
        if (!cells || !cells->is_array())
            jsontext::fail(path, QStringLiteral("a diagram without cells"));
        // Shapes first: flows may name shapes that come after them.
        QVector<std::pair<const Json*, QString>> flows;
        for (std::size_t i = 0; i < cells->size(); ++i) {
            const Json& cell = (*cells)[i];
            const QString cellPath = jsontext::indexed(path + QStringLiteral(".cells"), i);
            const QString type = typeOf(cell);
            if (type == QLatin1String("tm.Flow"))
                flows.append({&cell, cellPath});
            else
                readShape(index, cell, type, cellPath);
        }
        for (const auto& [cell, cellPath] : flows)
            readFlow(index, *cell, cellPath);
    }

    Element boxOf(const Json& cell, ElementKind kind) const
    {
        Element e;
        e.kind = kind;
        const Json* position = member(cell, "position");
        const Json* size = member(cell, "size");
        if (position)
            e.bounds.x = ImportBuilder::coordinate(number(*position, "x")),
            e.bounds.y = ImportBuilder::coordinate(number(*position, "y"));
        e.bounds.width =
            size ? std::max(1, ImportBuilder::coordinate(number(*size, "width"))) : 100;
        e.bounds.height =
            size ? std::max(1, ImportBuilder::coordinate(number(*size, "height"))) : 100;
        return e;
    }

    void readShape(int diagram, const Json& cell, const QString& type, const QString& path)
    {
        const Json& properties = propertiesOf(cell);
        const QString id = text(cell, "id");
        Element e;
        if (type == QLatin1String("tm.Actor")) {
            e = boxOf(cell, ElementKind::Entity);
        } else if (type == QLatin1String("tm.Process")) {
            e = boxOf(cell, ElementKind::Process);
        } else if (type == QLatin1String("tm.Store")) {
            e = boxOf(cell, ElementKind::Store);
        } else if (type == QLatin1String("tm.BoundaryBox")) {
            e = boxOf(cell, ElementKind::Boundary);
            e.shape = BoundaryShape::Region;
        } else if (type == QLatin1String("tm.Text")) {
            e = boxOf(cell, ElementKind::Note);
        } else if (type == QLatin1String("tm.Boundary")) {
            e.kind = ElementKind::Boundary;
            e.shape = BoundaryShape::Line;
            e.points = curvePoints(cell);
            if (e.points.size() < 2) {
                m_builder.warn(path + QStringLiteral(": a trust boundary curve without both ends "
                                                     "was skipped"));
                return;
            }
        } else {
            m_builder.warn(
                path +
                QStringLiteral(": cell of unknown type %1 skipped").arg(jsontext::quoted(type)));
            return;
        }
        e.name = nameOf(cell, properties);
        e.description = text(properties, "description");
        mapProperties(e, properties);
        if (id.isEmpty())
            jsontext::fail(path + QStringLiteral(".id"), QStringLiteral("missing"));
        const QString modelId = m_builder.addElement(diagram, e, id);
        readThreats(properties, modelId, path);
    }

    QVector<Point> curvePoints(const Json& cell) const
    {
        QVector<Point> points;
        const Json* source = member(cell, "source");
        const Json* target = member(cell, "target");
        if (!source || !target || !member(*source, "x") || !member(*target, "x"))
            return points;
        points << point(*source);
        if (const Json* vertices = member(cell, "vertices"); vertices && vertices->is_array()) {
            for (const Json& v : *vertices)
                points << point(v);
        }
        points << point(*target);
        return points;
    }

    // The id of the shape an end is attached to; a loose end is attached to a shape whose
    // box is within a few units of it (Threat Dragon draws those as connected).
    QString endOf(int diagram, const Json* end, const QString& what, const QString& path)
    {
        if (!end)
            return {};
        QString foreign = text(*end, "cell");
        if (foreign.isEmpty())
            foreign = text(*end, "id");
        if (!foreign.isEmpty()) {
            const QString id = m_builder.idFor(foreign);
            if (id.isEmpty())
                m_builder.warn(path + QStringLiteral(": its %1 names no shape").arg(what));
            return id;
        }
        if (!member(*end, "x"))
            return {};
        const Point p = point(*end);
        constexpr int tolerance = 20;
        const Element* nearest = nullptr;
        int best = tolerance + 1;
        for (const Element& e : m_builder.model().diagrams.at(diagram).elements) {
            if (e.kind != ElementKind::Entity && e.kind != ElementKind::Process &&
                e.kind != ElementKind::Store)
                continue;
            const int dx = std::max({e.bounds.x - p.x, 0, p.x - (e.bounds.x + e.bounds.width)});
            const int dy = std::max({e.bounds.y - p.y, 0, p.y - (e.bounds.y + e.bounds.height)});
            if (std::max(dx, dy) < best) {
                best = std::max(dx, dy);
                nearest = &e;
            }
        }
        if (!nearest)
            return {};
        m_builder.warn(path + QStringLiteral(": its %1 was not attached; attached to \"%2\", %3 "
                                             "units away")
                                  .arg(what, nearest->name, QString::number(best)));
        return nearest->id;
    }

    void readFlow(int diagram, const Json& cell, const QString& path)
    {
        const Json& properties = propertiesOf(cell);
        Element e;
        e.kind = ElementKind::Flow;
        e.name = nameOf(cell, properties);
        e.description = text(properties, "description");
        e.source = endOf(diagram, member(cell, "source"), QStringLiteral("source"), path);
        e.target = endOf(diagram, member(cell, "target"), QStringLiteral("target"), path);
        if (e.source.isEmpty() || e.target.isEmpty()) {
            m_builder.warn(path + QStringLiteral(": data flow %1 skipped: an end is not attached "
                                                 "to a shape")
                                      .arg(jsontext::quoted(e.name)));
            m_skippedFlows.insert(text(cell, "id"));
            return;
        }
        if (const Json* vertices = member(cell, "vertices"); vertices && vertices->is_array()) {
            for (const Json& v : *vertices)
                e.points << point(v);
        }
        // Threat Dragon draws its flows smooth through their vertices ("smooth" in version 1,
        // the "smooth" connector in version 2).
        e.curved = !e.points.isEmpty() &&
                   (flag(cell, "smooth") || text(cell, "connector") == QLatin1String("smooth"));
        e.bidirectional = flag(properties, "isBidirectional") || flag(properties, "bidirection");
        mapProperties(e, properties);
        if (text(cell, "id").isEmpty())
            jsontext::fail(path + QStringLiteral(".id"), QStringLiteral("missing"));
        const QString modelId = m_builder.addElement(diagram, e, text(cell, "id"));
        readThreats(properties, modelId, path);
    }

    // Threat Dragon's own flags onto Latch's properties where they mean the same; the rest,
    // when set, as "td.*" so nothing the team recorded is lost.
    void mapProperties(Element& e, const Json& properties)
    {
        static const std::map<std::string, QString> flowMap = {
            {"isEncrypted", QStringLiteral("encrypted")}, {"protocol", QStringLiteral("protocol")}};
        static const std::map<std::string, QString> storeMap = {
            {"isALog", QStringLiteral("isLog")},
            {"storesCredentials", QStringLiteral("holdsCredentials")},
            {"isEncrypted", QStringLiteral("encryptedAtRest")}};
        static const std::set<std::string> ignored = {"type",
                                                      "name",
                                                      "description",
                                                      "threats",
                                                      "hasOpenThreats",
                                                      "isBidirectional",
                                                      "bidirection",
                                                      "isTrustBoundary",
                                                      "threatFrequency",
                                                      "id",
                                                      "shape",
                                                      "position",
                                                      "size",
                                                      "attrs",
                                                      "z",
                                                      "angle",
                                                      "source",
                                                      "target",
                                                      "vertices",
                                                      "labels",
                                                      "smooth",
                                                      "ports",
                                                      "zIndex",
                                                      "visible",
                                                      "connector",
                                                      "width",
                                                      "height",
                                                      "tools",
                                                      "new",
                                                      "selected"};
        const std::map<std::string, QString>* mapping = e.kind == ElementKind::Flow    ? &flowMap
                                                        : e.kind == ElementKind::Store ? &storeMap
                                                                                       : nullptr;
        if (!properties.is_object())
            return;
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (ignored.count(it.key()) || it->is_null() || it->is_object() || it->is_array())
                continue;
            if (mapping) {
                if (const auto to = mapping->find(it.key()); to != mapping->end()) {
                    if (it->is_boolean())
                        e.properties.insert(to->second, it->get<bool>());
                    else if (it->is_string() && !it->get<std::string>().empty())
                        e.properties.insert(to->second, jsontext::fromUtf8(it->get<std::string>()));
                    continue;
                }
            }
            if (e.kind == ElementKind::Process && it.key() == "isWebApplication" &&
                it->is_boolean() && it->get<bool>()) {
                e.type = QStringLiteral("process.webApp");
                continue;
            }
            // Unset flags and empty strings carry nothing.
            if ((it->is_boolean() && !it->get<bool>()) ||
                (it->is_string() && it->get<std::string>().empty()))
                continue;
            const QString name = QStringLiteral("td.") + jsontext::fromUtf8(it.key());
            if (it->is_boolean())
                e.properties.insert(name, it->get<bool>());
            else if (it->is_string())
                e.properties.insert(name, jsontext::fromUtf8(it->get<std::string>()));
            else if (it->is_number_integer())
                e.properties.insert(name, qlonglong(it->get<long long>()));
            else if (it->is_number())
                e.properties.insert(name, it->get<double>());
            else
                continue;
            ++m_keptProperties;
        }
    }

    void readThreats(const Json& properties, const QString& elementId, const QString& path)
    {
        const Json* threats = member(properties, "threats");
        if (!threats || !threats->is_array())
            return;
        for (std::size_t i = 0; i < threats->size(); ++i) {
            const Json& t = (*threats)[i];
            if (!t.is_object()) {
                m_builder.warn(jsontext::indexed(path + QStringLiteral(".threats"), i) +
                               QStringLiteral(": not an object, skipped"));
                continue;
            }
            Threat threat;
            threat.element = elementId;
            threat.title = text(t, "title").trimmed();
            threat.description = text(t, "description").trimmed();
            threat.category = ImportBuilder::categoryFromName(text(t, "type"));
            const QString status = text(t, "status").trimmed().toLower().remove(QLatin1Char(' '));
            if (status == QLatin1String("mitigated"))
                threat.status = ThreatStatus::Mitigated;
            else if (status == QLatin1String("notapplicable") || status == QLatin1String("n/a"))
                threat.status = ThreatStatus::NotApplicable;
            else if (status == QLatin1String("accepted"))
                threat.status = ThreatStatus::Accepted;
            else if (status == QLatin1String("open") || status.isEmpty())
                threat.status = ThreatStatus::Open;
            else {
                threat.status = ThreatStatus::Open;
                m_builder.warn(QStringLiteral("threat %1: status %2 read as open")
                                   .arg(jsontext::quoted(threat.title), jsontext::quoted(status)));
            }
            const QString severity = text(t, "severity");
            threat.risk = ImportBuilder::ratingFromSeverity(severity);
            m_hasSeverity = m_hasSeverity || threat.risk.has_value();
            if (!severity.isEmpty() && !threat.risk)
                m_builder.warn(
                    QStringLiteral("threat %1: severity %2 left unscored")
                        .arg(jsontext::quoted(threat.title), jsontext::quoted(severity)));
            if (const QString score = text(t, "score"); !score.trimmed().isEmpty())
                threat.description += QStringLiteral("\n\nScore in Threat Dragon: ") + score;
            threat.description = threat.description.trimmed();
            const QString mitigation = text(t, "mitigation");
            if (const QString id = m_builder.mitigationFromText(
                    mitigation, threat.status == ThreatStatus::Mitigated
                                    ? MitigationStatus::Implemented
                                    : MitigationStatus::Proposed);
                !id.isEmpty())
                threat.mitigations << id;
            QString foreignId = text(t, "id");
            m_builder.addThreat(threat, foreignId);
        }
    }

    const Json& m_root;
    ImportBuilder& m_builder;
    bool m_version2 = false;
    bool m_hasSeverity = false;
    int m_keptProperties = 0;
    QSet<QString> m_skippedFlows;
};

} // namespace

bool ThreatDragonReader::recognises(const QByteArray& bytes)
{
    // Cheap: a JSON object with Threat Dragon's "summary" and "detail" parts.
    const QByteArray head = bytes.left(4096);
    return head.trimmed().startsWith('{') && bytes.contains("\"summary\"") &&
           bytes.contains("\"detail\"") && bytes.contains("\"diagrams\"");
}

std::optional<Model> ThreatDragonReader::read(const QByteArray& bytes, ImportSummary* summary,
                                              FormatError* error)
{
    ImportBuilder builder(QStringLiteral("Threat Dragon"));
    return importJson(bytes, builder,
                      QStringLiteral("not a Threat Dragon model (expected an object)"), summary,
                      error, [&builder](const Json& root) { Reader(root, builder).read(); });
}

} // namespace latch
