#pragma once

#include "ImportSummary.h"
#include "format/FormatError.h"
#include "model/IdGenerator.h"
#include "model/Model.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace latch {

// What every importer needs while it turns another tool's file into a Model: ids kept when
// they are acceptable and unique (fresh ones otherwise), coordinates rounded and bounded,
// other tools' categories, statuses and severities mapped onto Latch's, mitigations made from
// free text, and a summary of it all. finish() checks the result the way a .tmodel is
// checked on load, so an import never yields a model that would not open.
class ImportBuilder
{
public:
    explicit ImportBuilder(const QString& format);

    Model& model() { return m_model; }
    ImportSummary& summary() { return m_summary; }
    void warn(const QString& message) { m_summary.warnings << message; }

    // Adds a diagram and returns its index.
    int addDiagram(const QString& name, const QString& foreignId = QString());
    // Adds an element to a diagram; `foreignId` is the other tool's id, kept if it can be.
    // Returns the element's id in the model (look it up later with idFor()).
    QString addElement(int diagram, Element element, const QString& foreignId);
    QString idFor(const QString& foreignId) const { return m_ids.value(foreignId); }
    const Element* element(const QString& id) const;

    // A threat on an element already added; a fresh id when `foreignId` cannot be kept.
    void addThreat(Threat threat, const QString& foreignId);
    // A mitigation described by free text, shared by every threat that has the same text.
    QString mitigationFromText(const QString& text, MitigationStatus status);
    void addMitigation(Mitigation mitigation, const QString& foreignId);
    QString mitigationIdFor(const QString& foreignId) const
    {
        return m_mitigationIds.value(foreignId);
    }

    // "Information disclosure", "InformationDisclosure", "information_disclosure" -> the STRIDE
    // id; anything else becomes a category of its own ("Linkability" -> "linkability").
    static QString categoryFromName(const QString& name);
    // "Critical"/"High"/"Medium"/"Low" -> likelihood x impact 5x5, 4x4, 3x3, 2x2.
    static std::optional<RiskRating> ratingFromSeverity(const QString& severity);
    static int coordinate(double value);

    // The model, checked; or nothing with the reason in `error`.
    std::optional<Model> finish(FormatError* error);

private:
    QString claim(const QString& foreignId, IdKind kind);

    Model m_model;
    ImportSummary m_summary;
    QHash<QString, QString> m_ids;            // foreign element id -> model id
    QHash<QString, QString> m_mitigationIds;  // foreign mitigation id -> model id
    QHash<QString, QString> m_mitigationText; // text -> mitigation id
    QSet<QString> m_taken;
};

} // namespace latch
