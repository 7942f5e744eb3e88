#pragma once

#include "RegisterFilter.h"
#include "engine/RiskScoring.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <memory>

namespace latch {

class ModelIndex;
class ThreatRepeats;
class ThreatText;
struct Element;
struct Model;
struct Threat;

// One row of the register as every view shows it: the threat with its element, diagram and
// mitigations resolved to names, and its risk worked out under the model's method.
struct RegisterEntry
{
    const Threat* threat = nullptr;
    const Element* element = nullptr; // null for an obsolete threat of a removed element
    QString elementName;              // "(deleted)" when the element is gone
    int elementNumber = 0;            // as printed on the diagrams; 0 when the element is gone
    QString diagramName;
    QStringList mitigationTitles;
    RiskBand band = RiskBand::Unscored;
    double riskKey = 0; // 0..10, for sorting
    // The threats folded into this one (ThreatRepeats), as "title [element]"; and when it
    // stands for a weakness on a chain of hops, the path ("Client → Gateway → Service").
    QStringList repeats;
    QString path;
    // Set when the entry itself repeats another threat (with includeRepeats): that one's id.
    QString repeatOf;
};

// The register of a model as Latch lists it everywhere (the threats panel's risk order, the
// CLI's table, CSV, HTML and PDF): filtered, in the one register order (before()). Elements
// are numbered across the model in diagram order (entities, processes, stores and flows), so
// a number on a diagram page finds its threats in the register and the appendix.
class ThreatRegister
{
public:
    // With the caller's index when it keeps one (the editor's document); otherwise its own.
    ThreatRegister(const Model& model, const RegisterFilter& filter,
                   const ModelIndex* index = nullptr);
    ~ThreatRegister();
    ThreatRegister(const ThreatRegister&) = delete;
    ThreatRegister& operator=(const ThreatRegister&) = delete;

    const QVector<RegisterEntry>& entries() const { return m_entries; }
    int numberOf(const QString& elementId) const { return m_numbers.value(elementId); }
    const QHash<QString, int>& numbers() const { return m_numbers; }
    const ThreatRepeats& repeats() const { return *m_repeats; }
    // Stored, or rendered from the rule (ThreatText); worked out when asked for, since the
    // CLI's table and the panel never show it.
    QString description(const RegisterEntry& entry) const;
    // The words of the model's threats, for a view that renders them again (RuleText).
    const ThreatText& text() const { return *m_text; }

    // The register order: live threats before obsolete ones, then highest risk first, ties by
    // category, title and id, so that the order is stable. `keyA` and `keyB` are the threats'
    // RiskScoring::sortKey, which callers cache.
    static bool before(const Threat& a, double keyA, const Threat& b, double keyB);
    // "A → B → C" along a chain of flows (ThreatRepeats::hopsOf); flows that do not follow on
    // from each other are listed apart, separated by semicolons.
    static QString pathText(const QStringList& flowIds, const ModelIndex& index);
    // Element numbers as the diagrams print them.
    static QHash<QString, int> elementNumbers(const Model& model);

    static bool isClosed(ThreatStatus status);
    // "Information disclosure", "In progress": the file's names made readable.
    static QString readable(const QString& name);

private:
    QVector<RegisterEntry> m_entries;
    QHash<QString, int> m_numbers;
    std::unique_ptr<ModelIndex> m_ownIndex;
    std::unique_ptr<ThreatText> m_text;
    std::unique_ptr<ThreatRepeats> m_repeats;
};

} // namespace latch
