#pragma once

#include "ReportOptions.h"
#include "engine/RiskScoring.h"
#include "model/Model.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace latch {

// One row of the register as every export shows it: the threat with its element, diagram and
// mitigations resolved to names, and its risk worked out under the model's method.
struct RegisterEntry
{
    const Threat* threat = nullptr;
    QString description;   // stored, or rendered from the rule (ThreatText)
    QString elementName;   // "(deleted)" for an obsolete threat of a removed element
    int elementNumber = 0; // as printed on the diagrams; 0 when the element is gone
    QString diagramName;
    QStringList mitigationTitles;
    RiskBand band = RiskBand::Unscored;
    double riskKey = 0; // 0..10, for sorting
};

// The register of a model as the exports list it: filtered by the options, highest risk
// first (ties by category, then title, then id, so the order is stable). Elements are
// numbered across the model in diagram order (entities, processes, stores and flows), so a
// number on a diagram page finds its threats in the register and the appendix.
class ThreatRegister
{
public:
    ThreatRegister(const Model& model, const ReportOptions& options);

    const QVector<RegisterEntry>& entries() const { return m_entries; }
    int numberOf(const QString& elementId) const { return m_numbers.value(elementId); }
    const QHash<QString, int>& numbers() const { return m_numbers; }

    static bool isClosed(ThreatStatus status);
    // "Information disclosure", "In progress": the file's names made readable.
    static QString readable(const QString& name);

private:
    QVector<RegisterEntry> m_entries;
    QHash<QString, int> m_numbers;
};

} // namespace latch
