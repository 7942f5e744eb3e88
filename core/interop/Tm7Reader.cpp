#include "Tm7Reader.h"

#include "ImportBuilder.h"
#include "XmlNode.h"

#include <QHash>
#include <QXmlStreamReader>

namespace latch {

namespace {

const QString outOfScopeAttribute = QStringLiteral("71f3d9aa-b8ef-4e54-8126-607a1d903103");

using Node = XmlNode;

struct Failure
{
    QString message;
};

class Reader
{
public:
    Reader(const QByteArray& bytes, ImportBuilder& builder)
        : m_xml(bytes)
        , m_builder(builder)
    {
    }

    void read()
    {
        if (!m_xml.readNextStartElement() || m_xml.name() != QLatin1String("ThreatModel"))
            fail(QStringLiteral("not a Threat Modeling Tool model (no ThreatModel element)"));
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == QLatin1String("DrawingSurfaceList"))
                readSurfaces();
            else if (name == QLatin1String("MetaInformation"))
                readMetaInformation();
            else if (name == QLatin1String("ThreatInstances"))
                readThreatInstances();
            else
                m_xml.skipCurrentElement(); // the knowledge base, notes, validations, ...
        }
        if (m_xml.hasError())
            fail(m_xml.errorString());
        for (const Node& threat : m_threats)
            addThreat(threat);
        if (m_keptAttributes > 0)
            m_builder.warn(QStringLiteral("%1 stencil attributes were kept as tmt.* properties, "
                                          "and stencil types as element types: a TMT template "
                                          "(--rules TEMPLATE.tb7) defines them")
                               .arg(m_keptAttributes));
        if (m_hasPriority)
            m_builder.model().riskMethod = RiskMethod::Matrix;
    }

    [[noreturn]] void fail(const QString& message) { throw Failure{message}; }

    int line() const { return int(m_xml.lineNumber()); }
    int column() const { return int(m_xml.columnNumber()); }

private:
    Node readNode()
    {
        QString error;
        auto node = XmlNode::read(m_xml, &error);
        if (!node)
            fail(error);
        return *node;
    }

    void readMetaInformation()
    {
        const Node meta = readNode();
        Model& model = m_builder.model();
        model.title = meta.value(QLatin1String("ThreatModelName"));
        model.owner = meta.value(QLatin1String("Owner"));
        for (const char* key : {"Reviewer", "Contributors"}) {
            for (const QString& name : meta.value(QLatin1String(key)).split(QLatin1Char(','))) {
                if (!name.trimmed().isEmpty() && !model.reviewers.contains(name.trimmed()))
                    model.reviewers << name.trimmed();
            }
        }
        QStringList description{meta.value(QLatin1String("HighLevelSystemDescription"))};
        const QString assumptions = meta.value(QLatin1String("Assumptions"));
        if (!assumptions.isEmpty())
            description << QStringLiteral("Assumptions: ") + assumptions;
        const QString dependencies = meta.value(QLatin1String("ExternalDependencies"));
        if (!dependencies.isEmpty())
            description << QStringLiteral("External dependencies: ") + dependencies;
        description.removeAll(QString());
        model.description = description.join(QStringLiteral("\n\n"));
    }

    void readSurfaces()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("DrawingSurfaceModel"))
                readSurface(readNode());
            else
                m_xml.skipCurrentElement();
        }
    }

    // Attribute name -> displayed value; the user's label is the "Name" string.
    struct Attributes
    {
        QString label;
        QString header;
        QVariantMap values;
    };

    static Attributes attributesOf(const Node& owner)
    {
        Attributes result;
        const Node* properties = owner.child(QLatin1String("Properties"));
        if (!properties)
            return result;
        for (const Node& attribute : properties->children) {
            const QString display = attribute.value(QLatin1String("DisplayName"));
            const QString name = attribute.value(QLatin1String("Name"));
            const Node* value = attribute.child(QLatin1String("Value"));
            if (attribute.type == QLatin1String("HeaderDisplayAttribute")) {
                if (result.header.isEmpty())
                    result.header = display;
                continue;
            }
            if (attribute.type == QLatin1String("StringDisplayAttribute") && name.isEmpty() &&
                display == QLatin1String("Name")) {
                result.label = value && !value->nil ? value->text.trimmed() : QString();
                continue;
            }
            const QString key = name.isEmpty() ? display : name;
            if (key.isEmpty() || !value || value->nil)
                continue;
            if (attribute.type == QLatin1String("BooleanDisplayAttribute")) {
                result.values.insert(key, value->text.trimmed() == QLatin1String("true"));
            } else if (attribute.type.endsWith(QLatin1String("ListDisplayAttribute"))) {
                // The selected item of the list, as TMT's filters see it.
                const int selected = attribute.value(QLatin1String("SelectedIndex")).toInt();
                if (selected >= 0 && selected < value->children.size())
                    result.values.insert(key, value->children.at(selected).text.trimmed());
            } else {
                result.values.insert(key, value->text.trimmed());
            }
        }
        return result;
    }

    void keepAttributes(Element& e, const Node& value, const Attributes& attributes)
    {
        // The stencil's type, so that a template's rules (Tb7Reader) see what TMT saw.
        const QString type = value.value(QLatin1String("TypeId"));
        if (IdGenerator::isAcceptable(type))
            e.type = type;
        for (auto it = attributes.values.cbegin(); it != attributes.values.cend(); ++it) {
            if (it.key().size() > 120)
                continue;
            e.properties.insert(QStringLiteral("tmt.") + it.key(), it.value());
            ++m_keptAttributes;
        }
    }

    void readSurface(const Node& surface)
    {
        QString name = surface.value(QLatin1String("Header"));
        if (name.isEmpty())
            name = attributesOf(surface).label;
        const int diagram = m_builder.addDiagram(name);
        const Node* borders = surface.child(QLatin1String("Borders"));
        const Node* lines = surface.child(QLatin1String("Lines"));
        if (borders) {
            for (const Node& entry : borders->children)
                readBorder(diagram, entry);
        }
        if (lines) {
            for (const Node& entry : lines->children)
                readLine(diagram, entry);
        }
    }

    void readBorder(int diagram, const Node& entry)
    {
        const Node* value = entry.child(QLatin1String("Value"));
        if (!value)
            return;
        const QString guid = value->value(QLatin1String("Guid"));
        const QString generic = value->value(QLatin1String("GenericTypeId"));
        Element e;
        const QString& type = value->type;
        if (type == QLatin1String("StencilEllipse"))
            e.kind = ElementKind::Process;
        else if (type == QLatin1String("StencilRectangle"))
            e.kind = ElementKind::Entity;
        else if (type == QLatin1String("StencilParallelLines"))
            e.kind = ElementKind::Store;
        else if (type == QLatin1String("BorderBoundary"))
            e.kind = ElementKind::Boundary;
        else if (generic == QLatin1String("GE.A") || type.contains(QLatin1String("Annotation")))
            e.kind = ElementKind::Note;
        else {
            m_builder.warn(QStringLiteral("stencil %1 of shape %2 skipped: no Latch equivalent")
                               .arg(guid, type.isEmpty() ? QStringLiteral("(none)") : type));
            return;
        }
        const Attributes attributes = attributesOf(*value);
        e.name = attributes.label.isEmpty() ? attributes.header : attributes.label;
        e.bounds = {ImportBuilder::coordinate(value->number(QLatin1String("Left"))),
                    ImportBuilder::coordinate(value->number(QLatin1String("Top"))),
                    std::max(1, ImportBuilder::coordinate(value->number(QLatin1String("Width")))),
                    std::max(1, ImportBuilder::coordinate(value->number(QLatin1String("Height"))))};
        if (e.kind != ElementKind::Note)
            keepAttributes(e, *value, attributes);
        if (guid.isEmpty())
            fail(QStringLiteral("a stencil without a Guid"));
        m_builder.addElement(diagram, e, guid);
    }

    // TMT draws a line as a curve through its source, its handle and its target: a quadratic
    // Bezier passing through the handle halfway. Latch keeps points along it.
    static QVector<Point> curveThrough(Point source, Point handle, Point target)
    {
        const double cx = 2.0 * handle.x - (source.x + target.x) / 2.0;
        const double cy = 2.0 * handle.y - (source.y + target.y) / 2.0;
        QVector<Point> points;
        constexpr int steps = 8;
        for (int i = 1; i < steps; ++i) {
            const double t = double(i) / steps;
            const double a = (1 - t) * (1 - t);
            const double b = 2 * t * (1 - t);
            const double c = t * t;
            points.append({ImportBuilder::coordinate(a * source.x + b * cx + c * target.x),
                           ImportBuilder::coordinate(a * source.y + b * cy + c * target.y)});
        }
        return points;
    }

    void readLine(int diagram, const Node& entry)
    {
        const Node* value = entry.child(QLatin1String("Value"));
        if (!value)
            return;
        const QString guid = value->value(QLatin1String("Guid"));
        const Attributes attributes = attributesOf(*value);
        const Point source{ImportBuilder::coordinate(value->number(QLatin1String("SourceX"))),
                           ImportBuilder::coordinate(value->number(QLatin1String("SourceY")))};
        const Point target{ImportBuilder::coordinate(value->number(QLatin1String("TargetX"))),
                           ImportBuilder::coordinate(value->number(QLatin1String("TargetY")))};
        const Point handle{ImportBuilder::coordinate(value->number(QLatin1String("HandleX"))),
                           ImportBuilder::coordinate(value->number(QLatin1String("HandleY")))};
        Element e;
        e.name = attributes.label.isEmpty() ? attributes.header : attributes.label;
        if (value->type == QLatin1String("LineBoundary") ||
            value->value(QLatin1String("GenericTypeId")) == QLatin1String("GE.TB.L")) {
            e.kind = ElementKind::Boundary;
            e.shape = BoundaryShape::Line;
            e.points = QVector<Point>{source} + curveThrough(source, handle, target) +
                       QVector<Point>{target};
        } else if (value->type == QLatin1String("Connector")) {
            e.kind = ElementKind::Flow;
            e.source = m_builder.idFor(value->value(QLatin1String("SourceGuid")));
            e.target = m_builder.idFor(value->value(QLatin1String("TargetGuid")));
            if (e.source.isEmpty() || e.target.isEmpty()) {
                m_builder.warn(QStringLiteral("data flow %1 skipped: an end is not attached to a "
                                              "stencil")
                                   .arg(e.name.isEmpty() ? guid : e.name));
                return;
            }
            // TMT's handle is the point its curve passes halfway: kept as the one bend point
            // of a curved flow, which Latch draws (and crosses boundaries on) as that curve.
            e.points = {handle};
            e.curved = true;
        } else {
            m_builder.warn(QStringLiteral("line %1 of type %2 skipped: no Latch equivalent")
                               .arg(guid, value->type));
            return;
        }
        keepAttributes(e, *value, attributes);
        if (guid.isEmpty())
            fail(QStringLiteral("a line without a Guid"));
        m_builder.addElement(diagram, e, guid);
    }

    void readThreatInstances()
    {
        // Kept until the diagrams are read: the list may come before them.
        while (m_xml.readNextStartElement())
            m_threats.append(readNode());
    }

    void addThreat(const Node& entry)
    {
        const Node* value = entry.child(QLatin1String("Value"));
        if (!value)
            return;
        QHash<QString, QString> properties;
        if (const Node* list = value->child(QLatin1String("Properties"))) {
            for (const Node& pair : list->children)
                properties.insert(pair.value(QLatin1String("Key")),
                                  pair.value(QLatin1String("Value")));
        }
        auto field = [&](const char* key) {
            const QString fromProperties = properties.value(QLatin1String(key));
            return fromProperties.isEmpty() ? value->value(QLatin1String(key)) : fromProperties;
        };
        Threat threat;
        threat.title = field("Title");
        threat.category = ImportBuilder::categoryFromName(field("UserThreatCategory"));
        threat.description = field("UserThreatDescription");
        if (threat.description.isEmpty())
            threat.description = field("UserThreatShortDescription");
        threat.justification = field("StateInformation");
        const QString typeId = value->value(QLatin1String("TypeId"));
        if (!typeId.isEmpty())
            threat.references << QStringLiteral("TMT:") + typeId;
        // Interaction threats belong to their flow; a threat of a missing flow to its source.
        threat.element = m_builder.idFor(value->value(QLatin1String("FlowGuid")));
        if (threat.element.isEmpty())
            threat.element = m_builder.idFor(value->value(QLatin1String("SourceGuid")));
        if (threat.element.isEmpty()) {
            m_builder.warn(QStringLiteral("threat %1 skipped: its flow and source are not in "
                                          "the diagrams")
                               .arg(value->value(QLatin1String("Id"))));
            return;
        }
        const QString state = value->value(QLatin1String("State")).toLower();
        if (state == QLatin1String("mitigated"))
            threat.status = ThreatStatus::Mitigated;
        else if (state == QLatin1String("notapplicable"))
            threat.status = ThreatStatus::NotApplicable;
        else if (state == QLatin1String("needsinvestigation"))
            threat.status = ThreatStatus::InProgress;
        else
            threat.status = ThreatStatus::Open; // AutoGenerated, NotStarted
        const QString priority = field("Priority");
        threat.risk = ImportBuilder::ratingFromSeverity(priority);
        m_hasPriority = m_hasPriority || threat.risk.has_value();
        if (!priority.isEmpty() && !threat.risk && !m_warnedPriorities.contains(priority)) {
            m_warnedPriorities.insert(priority);
            m_builder.warn(QStringLiteral("priority \"%1\" has no Latch rating; those threats are "
                                          "unscored")
                               .arg(priority));
        }
        m_builder.addThreat(threat, QString());
    }

    QXmlStreamReader m_xml;
    ImportBuilder& m_builder;
    QVector<Node> m_threats;
    QSet<QString> m_warnedPriorities;
    int m_keptAttributes = 0;
    bool m_hasPriority = false;
};

} // namespace

bool Tm7Reader::recognises(const QByteArray& bytes)
{
    const QByteArray head = bytes.left(4096);
    return head.contains("<ThreatModel") && head.contains("ThreatModeling.Model");
}

std::optional<Model> Tm7Reader::read(const QByteArray& bytes, ImportSummary* summary,
                                     FormatError* error)
{
    ImportBuilder builder(QStringLiteral("Microsoft Threat Modeling Tool (.tm7)"));
    Reader reader(bytes, builder);
    try {
        reader.read();
    } catch (const Failure& failure) {
        if (error) {
            error->message = failure.message;
            error->line = reader.line();
            error->column = reader.column();
        }
        return std::nullopt;
    }
    auto model = builder.finish(error);
    if (model && summary)
        *summary = builder.summary();
    return model;
}

} // namespace latch
