#include "TmodelReader.h"

#include "SchemaMigration.h"
#include "TmodelFormat.h"
#include "model/IdGenerator.h"
#include "model/Model.h"
#include "model/ThreatCategory.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QSet>

#include <climits>
#include <cmath>
#include <initializer_list>
#include <unordered_set>
#include <vector>

namespace latch {

namespace {

using Json = nlohmann::json;

// Thrown inside this file only; read() turns it into its return value.
struct Failure
{
    FormatError error;
};

[[noreturn]] void fail(const QString& path, const QString& message)
{
    throw Failure{{message, path, 0, 0}};
}

QString fromUtf8(const std::string& text)
{
    return QString::fromStdString(text);
}

// Quotes a value for a message: shortened, and with control characters escaped, so that an
// error stays one readable line whatever the file holds.
QString quoted(const QString& text)
{
    constexpr int limit = 60;
    QString shown;
    for (QChar c : text.left(limit)) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            shown += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    if (text.size() > limit)
        shown += QStringLiteral("...");
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString describe(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return QStringLiteral("null");
    case Json::value_t::boolean:
        return QStringLiteral("a boolean");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return QStringLiteral("a number");
    case Json::value_t::string:
        return QStringLiteral("a string");
    case Json::value_t::array:
        return QStringLiteral("an array");
    case Json::value_t::object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("an unsupported value");
    }
}

QString join(const QString& path, const char* key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

QString indexed(const QString& path, std::size_t index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void locate(const QByteArray& bytes, std::size_t offset, int* line, int* column)
{
    *line = 1;
    *column = 1;
    const auto end = std::min<std::size_t>(offset, std::size_t(bytes.size()));
    for (std::size_t i = 0; i < end; ++i) {
        if (bytes[qsizetype(i)] == '\n') {
            ++*line;
            *column = 1;
        } else {
            ++*column;
        }
    }
}

// Refuses deep nesting before the parser sees it: cheap, and it gives a position.
void checkNesting(const QByteArray& bytes)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > TmodelFormat::maximumNesting) {
                FormatError error{QStringLiteral("nested deeper than %1 levels")
                                      .arg(TmodelFormat::maximumNesting),
                                  {},
                                  0,
                                  0};
                locate(bytes, std::size_t(i), &error.line, &error.column);
                throw Failure{error};
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 2: "; keep what follows, which says what was wrong.
QString syntaxMessage(const char* what)
{
    const QString text = QString::fromUtf8(what);
    const qsizetype columnAt = text.indexOf(QLatin1String("column "));
    const qsizetype colon = columnAt < 0 ? -1 : text.indexOf(QLatin1String(": "), columnAt);
    return colon < 0 ? text : text.mid(colon + 2);
}

// Builds the document and refuses a key given twice in one object: JSON allows it, but in a
// model file it is always a bad merge or a hand edit gone wrong. (nlohmann's own callback
// parser could check keys too, but its end_object rescans the parent array: quadratic.)
class DocumentBuilder : public nlohmann::json_sax<Json>
{
public:
    Json root;
    std::string duplicateKey;
    std::size_t errorPosition = 0;
    std::string errorMessage;

    bool null() override { return add(nullptr) != nullptr; }
    bool boolean(bool value) override { return add(value) != nullptr; }
    bool number_integer(number_integer_t value) override { return add(value) != nullptr; }
    bool number_unsigned(number_unsigned_t value) override { return add(value) != nullptr; }
    bool number_float(number_float_t value, const string_t&) override
    {
        return add(value) != nullptr;
    }
    bool string(string_t& value) override { return add(std::move(value)) != nullptr; }
    bool binary(binary_t&) override { return false; } // not produced by the text parser

    bool start_object(std::size_t) override
    {
        m_open.push_back(add(Json::value_t::object));
        m_keys.emplace_back();
        return true;
    }
    bool key(string_t& name) override
    {
        if (!m_keys.back().insert(name).second) {
            duplicateKey = name;
            return false;
        }
        m_key = std::move(name);
        return true;
    }
    bool end_object() override
    {
        m_open.pop_back();
        m_keys.pop_back();
        return true;
    }
    bool start_array(std::size_t) override
    {
        m_open.push_back(add(Json::value_t::array));
        return true;
    }
    bool end_array() override
    {
        m_open.pop_back();
        return true;
    }
    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::json::exception& error) override
    {
        errorPosition = position;
        errorMessage = error.what();
        return false;
    }

private:
    // Pointers to the open containers stay valid: nothing is added beside a container while
    // it is open, only inside it.
    template <typename Value>
    Json* add(Value&& value)
    {
        if (m_open.empty()) {
            root = Json(std::forward<Value>(value));
            return &root;
        }
        Json* parent = m_open.back();
        if (parent->is_array()) {
            parent->emplace_back(std::forward<Value>(value));
            return &parent->back();
        }
        Json& slot = (*parent)[m_key];
        slot = Json(std::forward<Value>(value));
        return &slot;
    }

    std::vector<Json*> m_open;
    std::vector<std::unordered_set<std::string>> m_keys;
    std::string m_key;
};

Json parse(const QByteArray& bytes)
{
    DocumentBuilder builder;
    if (Json::sax_parse(bytes.cbegin(), bytes.cend(), &builder))
        return std::move(builder.root);
    if (!builder.duplicateKey.empty())
        fail({}, QStringLiteral("key %1 appears twice in one object")
                     .arg(quoted(fromUtf8(builder.duplicateKey))));
    FormatError error{QStringLiteral("JSON syntax error: ") +
                          syntaxMessage(builder.errorMessage.c_str()),
                      {},
                      0,
                      0};
    locate(bytes, builder.errorPosition > 0 ? builder.errorPosition - 1 : 0, &error.line,
           &error.column);
    throw Failure{error};
}

// Reads the members of one JSON object, naming the exact place in every error.
class ObjectReader
{
public:
    ObjectReader(const Json& object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {
        if (!object.is_object())
            fail(m_path, QStringLiteral("expected an object, found ") + describe(object));
    }

    const QString& path() const { return m_path; }
    const Json& json() const { return m_object; }
    QString pathOf(const char* key) const { return join(m_path, key); }

    void allowOnly(std::initializer_list<const char*> keys) const
    {
        for (auto it = m_object.cbegin(); it != m_object.cend(); ++it) {
            bool known = false;
            for (const char* key : keys)
                known = known || it.key() == key;
            if (!known)
                fail(m_path, QStringLiteral("unknown key ") + quoted(fromUtf8(it.key())));
        }
    }

    const Json* find(const char* key) const
    {
        auto it = m_object.find(key);
        return it == m_object.end() ? nullptr : &*it;
    }

    const Json& require(const char* key) const
    {
        const Json* value = find(key);
        if (!value)
            fail(m_path, QStringLiteral("missing key ") + quoted(QString::fromLatin1(key)));
        return *value;
    }

    QString string(const char* key, bool required = false) const
    {
        const Json* value = required ? &require(key) : find(key);
        if (!value)
            return {};
        if (!value->is_string())
            fail(pathOf(key), QStringLiteral("expected a string, found ") + describe(*value));
        return fromUtf8(value->get<std::string>());
    }

    QString id(const char* key) const
    {
        const QString value = string(key, true);
        if (!IdGenerator::isAcceptable(value))
            fail(pathOf(key), QStringLiteral("%1 is not a valid id (1 to %2 characters, no spaces)")
                                  .arg(quoted(value))
                                  .arg(IdGenerator::maximumLength));
        return value;
    }

    bool boolean(const char* key, bool fallback) const
    {
        const Json* value = find(key);
        if (!value)
            return fallback;
        if (!value->is_boolean())
            fail(pathOf(key), QStringLiteral("expected true or false, found ") + describe(*value));
        return value->get<bool>();
    }

    int integer(const char* key, int minimum, int maximum) const
    {
        const Json& value = require(key);
        if (!value.is_number_integer())
            fail(pathOf(key), QStringLiteral("expected an integer, found ") + describe(value));
        const bool huge = value.is_number_unsigned() && value.get<unsigned long long>() > INT_MAX;
        const auto number = value.get<long long>();
        if (huge || number < minimum || number > maximum)
            fail(pathOf(key), QStringLiteral("%1 is out of range (%2 to %3)")
                                  .arg(QString::fromStdString(value.dump()))
                                  .arg(minimum)
                                  .arg(maximum));
        return int(number);
    }

    // Coordinates are integers in the file; a hand-written 12.5 is rounded, not refused.
    int coordinate(const char* key, int minimum) const
    {
        const Json& value = require(key);
        return coordinateValue(value, pathOf(key), minimum);
    }

    static int coordinateValue(const Json& value, const QString& path, int minimum)
    {
        if (!value.is_number())
            fail(path, QStringLiteral("expected a number, found ") + describe(value));
        const double number = value.get<double>();
        if (!std::isfinite(number) || number < minimum || number > TmodelFormat::maximumCoordinate)
            fail(path, QStringLiteral("%1 is out of range (%2 to %3)")
                           .arg(QString::fromStdString(value.dump()))
                           .arg(minimum)
                           .arg(TmodelFormat::maximumCoordinate));
        return int(std::lround(number));
    }

    const Json& array(const char* key, bool required = false) const
    {
        static const Json empty = Json::array();
        const Json* value = required ? &require(key) : find(key);
        if (!value)
            return empty;
        if (!value->is_array())
            fail(pathOf(key), QStringLiteral("expected an array, found ") + describe(*value));
        return *value;
    }

    QStringList strings(const char* key) const
    {
        QStringList list;
        const Json& items = array(key);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!items[i].is_string())
                fail(indexed(pathOf(key), i),
                     QStringLiteral("expected a string, found ") + describe(items[i]));
            list.append(fromUtf8(items[i].get<std::string>()));
        }
        return list;
    }

private:
    const Json& m_object;
    QString m_path;
};

// Reads a whole document into a Model and checks the references between its parts.
class DocumentReader
{
public:
    Model read(const Json& root)
    {
        ObjectReader doc(root, {});
        doc.allowOnly({"format", "version", "model", "diagrams", "threats", "mitigations"});
        if (const Json* meta = doc.find("model"))
            readMeta(ObjectReader(*meta, QStringLiteral("model")));

        const Json& diagrams = doc.array("diagrams", true);
        if (diagrams.empty())
            fail(QStringLiteral("diagrams"), QStringLiteral("a model needs at least one diagram"));
        for (std::size_t i = 0; i < diagrams.size(); ++i)
            readDiagram(ObjectReader(diagrams[i], indexed(QStringLiteral("diagrams"), i)));

        const Json& mitigations = doc.array("mitigations");
        for (std::size_t i = 0; i < mitigations.size(); ++i)
            readMitigation(ObjectReader(mitigations[i], indexed(QStringLiteral("mitigations"), i)));

        const Json& threats = doc.array("threats");
        for (std::size_t i = 0; i < threats.size(); ++i)
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
        for (std::size_t i = 0; i < assets.size(); ++i) {
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
        diagram.elements.reserve(qsizetype(elements.size()));
        QVector<QString> flowPaths; // where each flow was read, for endpoint errors
        for (std::size_t i = 0; i < elements.size(); ++i) {
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
            in.allowOnly({"id", "kind", "name", "description", "source", "target", "bidirectional",
                          "points", "properties"});
        } else if (e.kind == ElementKind::Boundary) {
            in.allowOnly({"id", "kind", "name", "description", "shape", "x", "y", "width", "height",
                          "points", "properties"});
        } else {
            in.allowOnly(
                {"id", "kind", "name", "description", "x", "y", "width", "height", "properties"});
        }
        e.id = in.id("id");
        claimId(e.id, in.pathOf("id"));
        m_elementIds.insert(e.id);
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

    static QVector<Point> readPoints(const ObjectReader& in, std::size_t minimum)
    {
        constexpr std::size_t maximumPoints = 10'000;
        const Json& items = in.array("points", minimum > 0);
        if (items.size() < minimum)
            fail(in.pathOf("points"), QStringLiteral("needs at least %1 points").arg(minimum));
        if (items.size() > maximumPoints)
            fail(in.pathOf("points"), QStringLiteral("more than %1 points").arg(maximumPoints));
        QVector<Point> points;
        points.reserve(qsizetype(items.size()));
        const int limit = -TmodelFormat::maximumCoordinate;
        for (std::size_t i = 0; i < items.size(); ++i) {
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
        for (auto it = object.cbegin(); it != object.cend(); ++it) {
            const QString name = fromUtf8(it.key());
            const QString path = in.path() + QLatin1Char('.') + name;
            if (name.isEmpty() || name.size() > 128)
                fail(in.path(), QStringLiteral("property names have 1 to 128 characters"));
            const Json& value = it.value();
            if (value.is_boolean())
                properties.insert(name, value.get<bool>());
            else if (value.is_number_unsigned() && value.get<unsigned long long>() > LLONG_MAX)
                fail(path, QStringLiteral("number out of range"));
            else if (value.is_number_integer())
                properties.insert(name, qlonglong(value.get<long long>()));
            else if (value.is_number_float())
                properties.insert(name, value.get<double>());
            else if (value.is_string())
                properties.insert(name, fromUtf8(value.get<std::string>()));
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
                      "obsolete"});
        Threat t;
        t.id = in.id("id");
        claimId(t.id, in.pathOf("id"));
        if (const Json* rule = in.find("rule"); rule && !rule->is_null())
            t.rule = in.string("rule");
        t.element = in.id("element");
        if (!m_elementIds.contains(t.element))
            fail(in.pathOf("element"),
                 QStringLiteral("no element with id %1").arg(quoted(t.element)));
        t.category = in.string("category", true);
        if (!ThreatCategory::isWellFormed(t.category))
            fail(in.pathOf("category"),
                 QStringLiteral("%1 is not a category name (lowercase letters, digits and _)")
                     .arg(quoted(t.category)));
        t.title = in.string("title");
        t.description = in.string("description");
        t.references = in.strings("references");
        if (const Json* dread = in.find("dread"); dread && !dread->is_null()) {
            ObjectReader d(*dread, in.pathOf("dread"));
            d.allowOnly({"damage", "reproducibility", "exploitability", "affectedUsers",
                         "discoverability"});
            const int lo = DreadScore::minimum;
            const int hi = DreadScore::maximum;
            t.dread =
                DreadScore{d.integer("damage", lo, hi), d.integer("reproducibility", lo, hi),
                           d.integer("exploitability", lo, hi), d.integer("affectedUsers", lo, hi),
                           d.integer("discoverability", lo, hi)};
        }
        if (const Json* risk = in.find("risk"); risk && !risk->is_null()) {
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
        m_model.threats.append(t);
    }

    Model m_model;
    QHash<QString, QString> m_idPaths; // id -> where it was first used
    QSet<QString> m_elementIds;
    QSet<QString> m_mitigationIds;
};

void checkHeader(const Json& root)
{
    if (!root.is_object())
        fail({}, QStringLiteral("not a Latch model: the document is %1, not an object")
                     .arg(describe(root)));
    auto format = root.find("format");
    if (format == root.end())
        fail({}, QStringLiteral("not a Latch model: no \"format\" key"));
    if (!format->is_string() || format->get<std::string>() != TmodelFormat::formatTag)
        fail(QStringLiteral("format"),
             QStringLiteral("not a Latch model: expected \"%1\", found %2")
                 .arg(QLatin1String(TmodelFormat::formatTag),
                      format->is_string() ? quoted(fromUtf8(format->get<std::string>()))
                                          : describe(*format)));
    auto version = root.find("version");
    if (version == root.end())
        fail({}, QStringLiteral("missing key \"version\""));
    if (!version->is_number_integer())
        fail(QStringLiteral("version"),
             QStringLiteral("expected an integer, found ") + describe(*version));
    const bool huge = version->is_number_unsigned() && version->get<unsigned long long>() > INT_MAX;
    const auto number = version->get<long long>();
    if (huge || number > SchemaMigration::currentVersion)
        fail(QStringLiteral("version"),
             QStringLiteral("schema version %1 is newer than this Latch reads (%2); open it with "
                            "a newer Latch")
                 .arg(QString::fromStdString(version->dump()))
                 .arg(SchemaMigration::currentVersion));
    if (number < SchemaMigration::oldestVersion)
        fail(QStringLiteral("version"), QStringLiteral("unknown schema version %1").arg(number));
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
        checkNesting(bytes);
        Json root = parse(bytes);
        checkHeader(root);
        SchemaMigration::migrate(root, root["version"].get<int>());
        return DocumentReader().read(root);
    } catch (const Failure& failure) {
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
