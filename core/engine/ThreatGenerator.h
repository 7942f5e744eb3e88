#pragma once

#include "model/ElementKind.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace latch {

class BoundaryGeometry;
class ModelIndex;
class RuleLibrary;
struct Element;
struct Model;

// What one generation run did to the register.
struct GenerationReport
{
    int evaluated = 0; // elements and flows whose rules were evaluated
    int added = 0;     // new threats
    int updated = 0;   // title, description, category or references re-rendered
    int unchanged = 0;
    int revived = 0;   // obsolete threats whose condition holds again
    int obsoleted = 0; // threats whose condition stopped holding or whose element is gone

    bool changedModel() const { return added || updated || revived || obsoleted; }
};

// Runs a rule library over a model and keeps the register in step with the diagram.
//
// A generated threat's identity is (rule id, element id); its id is derived from that pair, so
// runs are deterministic and two branches that generate the same threat agree on its id.
// Regeneration re-renders what comes from the rule (category, title, description, references)
// and keeps everything the team decided (status, DREAD, risk, justification, mitigations).
// A threat whose condition no longer holds, whose rule is gone or whose element was deleted
// is marked obsolete, never deleted. Manual threats are never touched.
//
// "Gone" needs a library that is known to be whole: when a library could not be loaded, a rule
// the library in force does not have may well be one of the library that failed. Its threats
// are then left as they are (setKeepUnknownRules), so that a typo in a library file never
// sweeps the team's triage into the obsolete pile. A threat of a deleted element still becomes
// obsolete: its element is gone whatever the rules.
class ThreatGenerator
{
public:
    explicit ThreatGenerator(const RuleLibrary& library);

    // Every element of every diagram.
    GenerationReport generate(Model& model);
    // An element removed since the last update: where it was and what it was.
    struct Removed
    {
        int diagram = -1;
        ElementKind kind = ElementKind::Process;
    };
    // Only the changed elements, the flows touching them and, when a boundary changed, the
    // rest of its diagram. Ids not in the model count as deleted elements; `removed` says
    // where they were (without it, every diagram is evaluated again in case one was a
    // boundary). With the caller's index of the model, kept current by it.
    GenerationReport update(Model& model, const ModelIndex& index,
                            const QStringList& changedElementIds,
                            const QHash<QString, Removed>& removed);
    // The same over a model with no index of its own (built for the call).
    GenerationReport update(Model& model, const QStringList& changedElementIds);
    // Call after the register was replaced wholesale (undo, a purge): the next update
    // re-indexes it instead of trusting positions that may have shifted.
    void registerReplaced() { m_indexedModel = nullptr; }
    // Whether a threat whose rule the library does not have is left as it is instead of made
    // obsolete: set while one of the libraries could not be loaded. Off by default.
    void setKeepUnknownRules(bool keep) { m_keepUnknownRules = keep; }

    // How often the generator indexed a register: once per generate() and once per update()
    // after a replacement, never once per element (tst_threatgenerator holds it to that).
    int indexBuilds() const { return m_indexBuilds; }

    // "t-" and 16 hex digits of SHA-1 over the rule and element ids.
    static QString threatIdFor(const QString& ruleId, const QString& elementId);

private:
    void evaluate(Model& model, const Element& element, const BoundaryGeometry& geometry,
                  GenerationReport& report);
    void obsoleteThreatsOf(Model& model, const QString& elementId, GenerationReport& report);
    void rebuildIndex(const Model& model);
    void ensureIndex(const Model& model);
    // Indexes of the generated threats of an element, checked against the model.
    const QVector<int>& generatedThreatsOf(const Model& model, const QString& elementId);

    const RuleLibrary& m_library;
    bool m_indexNewThreats = true;
    bool m_keepUnknownRules = false;
    unsigned m_frameworks = 0; // Frameworks::maskOf the model's, set per generate and update
    QString m_title;           // rendering buffers, reused from threat to threat
    QString m_description;
    const Model* m_indexedModel = nullptr;
    qsizetype m_indexedSize = -1;
    int m_indexBuilds = 0;
    QHash<QString, QVector<int>> m_byElement;
};

} // namespace latch
