#include "ImportBuilder.h"

#include "engine/ThreatText.h"

#include "format/TmodelFormat.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "model/IdGenerator.h"
#include "model/ThreatCategory.h"

#include <QRegularExpression>

#include <cmath>

namespace latch {

ImportBuilder::ImportBuilder(const QString& format)
{
    m_summary.format = format;
}

int ImportBuilder::addDiagram(const QString& name, const QString& foreignId)
{
    Diagram diagram;
    diagram.id = claim(foreignId, IdKind::Diagram);
    diagram.name = name.trimmed().isEmpty()
                       ? QStringLiteral("Diagram %1").arg(m_model.diagrams.size() + 1)
                       : name.trimmed();
    m_model.diagrams.append(diagram);
    ++m_summary.diagrams;
    return int(m_model.diagrams.size() - 1);
}

QString ImportBuilder::claim(const QString& foreignId, IdKind kind)
{
    QString id = foreignId;
    if (!IdGenerator::isAcceptable(id) || m_taken.contains(id))
        id = IdGenerator::newId(kind);
    m_taken.insert(id);
    return id;
}

QString ImportBuilder::addElement(int diagram, Element element, const QString& foreignId)
{
    element.id = claim(foreignId, IdKind::Element);
    if (!foreignId.isEmpty())
        m_ids.insert(foreignId, element.id);
    ++m_summary.elements[element.kind];
    m_model.diagrams[diagram].elements.append(element);
    return element.id;
}

const Element* ImportBuilder::element(const QString& id) const
{
    for (const Diagram& d : m_model.diagrams) {
        for (const Element& e : d.elements) {
            if (e.id == id)
                return &e;
        }
    }
    return nullptr;
}

void ImportBuilder::addThreat(Threat threat, const QString& foreignId)
{
    threat.id = claim(foreignId, IdKind::Threat);
    threat.origin = ThreatOrigin::Manual;
    threat.rule.clear();
    if (threat.title.trimmed().isEmpty())
        threat.title = QStringLiteral("Untitled threat");
    m_model.threats.append(threat);
    ++m_summary.threats;
}

QString ImportBuilder::mitigationFromText(const QString& text, MitigationStatus status)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (const QString existing = m_mitigationText.value(trimmed); !existing.isEmpty()) {
        // The same measure named again; a stronger status wins.
        for (Mitigation& m : m_model.mitigations) {
            if (m.id == existing && int(status) > int(m.status))
                m.status = status;
        }
        return existing;
    }
    Mitigation mitigation;
    // The title is the text's first line, shortened; the whole text is the description.
    QString title = trimmed.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (title.size() > 100)
        title = title.left(97).trimmed() + QStringLiteral("…");
    mitigation.title = title;
    mitigation.description = trimmed;
    mitigation.status = status;
    addMitigation(mitigation, QString());
    m_mitigationText.insert(trimmed, m_model.mitigations.last().id);
    return m_model.mitigations.last().id;
}

void ImportBuilder::addMitigation(Mitigation mitigation, const QString& foreignId)
{
    mitigation.id = claim(foreignId, IdKind::Mitigation);
    if (!foreignId.isEmpty())
        m_mitigationIds.insert(foreignId, mitigation.id);
    m_model.mitigations.append(mitigation);
    ++m_summary.mitigations;
}

QString ImportBuilder::categoryFromName(const QString& name)
{
    QString folded = name.trimmed().toLower();
    folded.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    folded.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    const QString compact = QString(folded).remove(QLatin1Char('_'));
    for (const QString& stride : ThreatCategory::stride()) {
        if (QString(stride).remove(QLatin1Char('_')) == compact)
            return stride;
    }
    if (compact == QLatin1String("elevationofprivileges"))
        return ThreatCategory::ElevationOfPrivilege;
    // Nothing left to name it by ("", "-"): "category_" would fold to "category" on the next
    // import, so an exported model would not come back the same.
    if (folded.isEmpty())
        return QStringLiteral("uncategorised");
    if (folded.isEmpty() || !folded.at(0).isLetter())
        folded.prepend(QStringLiteral("category_"));
    return ThreatCategory::isWellFormed(folded) ? folded : QStringLiteral("uncategorised");
}

std::optional<RiskRating> ImportBuilder::ratingFromSeverity(const QString& severity)
{
    const QString s = severity.trimmed().toLower();
    if (s == QLatin1String("critical") || s == QLatin1String("very high") ||
        s == QLatin1String("highest"))
        return RiskRating{5, 5};
    if (s == QLatin1String("high"))
        return RiskRating{4, 4};
    if (s == QLatin1String("medium") || s == QLatin1String("moderate"))
        return RiskRating{3, 3};
    if (s == QLatin1String("low"))
        return RiskRating{2, 2};
    if (s == QLatin1String("lowest") || s == QLatin1String("very low"))
        return RiskRating{1, 1};
    return std::nullopt;
}

int ImportBuilder::coordinate(double value)
{
    if (!std::isfinite(value))
        return 0;
    const double limit = TmodelFormat::maximumCoordinate;
    return int(std::lround(std::clamp(value, -limit, limit)));
}

std::optional<Model> ImportBuilder::finish(FormatError* error)
{
    if (m_model.diagrams.isEmpty())
        addDiagram(QString());
    // Descriptions a Latch rule renders the same way need not be stored (a Latch export).
    ThreatText::dropRendered(m_model);
    // The imported model must be one Latch opens: write it and read it back.
    const QByteArray bytes = TmodelWriter::write(m_model);
    FormatError problem;
    auto checked = TmodelReader::read(bytes, &problem);
    if (!checked) {
        if (error) {
            *error = problem;
            error->message = QStringLiteral("the imported model is not valid: ") + problem.path +
                             QStringLiteral(": ") + problem.message;
            error->path.clear();
        }
        return std::nullopt;
    }
    return checked;
}

} // namespace latch
