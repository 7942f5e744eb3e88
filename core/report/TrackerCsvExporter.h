#pragma once

#include "engine/RiskScoring.h"

#include <QByteArray>
#include <QStringList>

namespace latch {

class ThreatRegister;
struct RegisterEntry;
struct Model;

// The threats of a register as the CSV an issue tracker imports, one issue a threat, written
// without any network call: the team uploads the file. Jira's importer takes Summary, Issue
// Type, Priority, Description and one Labels column a label (Jira reads repeated columns of
// a multi-value field as its values). GitLab's issue import reads `title` and `description`
// only and runs the quick actions in the description, so the labels go in as a `/label` line.
// Cells are neutralised against formulas as CsvExporter does.
class TrackerCsvExporter
{
public:
    enum class Tracker
    {
        Jira,
        GitLab
    };

    static QByteArray write(const Model& model, const ThreatRegister& threatRegister,
                            Tracker tracker);

    // Jira's default priorities: critical → Highest, high → High, medium → Medium, low → Low;
    // empty when unscored, so that Jira gives its own default.
    static QString jiraPriority(RiskBand band);
    // Labels without spaces (Jira splits on them): "threat-model", the category
    // ("information-disclosure"), the risk ("risk-high") and each OWASP API Top 10 id among
    // the references ("owasp-api1-2023").
    static QStringList labels(const RegisterEntry& entry);
    // The text: the threat's description, then where it is, its risk, references,
    // path, the mitigations chosen and the threat's id in the model.
    static QString description(const Model& model, const ThreatRegister& threatRegister,
                               const RegisterEntry& entry);
    // Trackers cap a summary at 255 characters.
    static QString summary(const RegisterEntry& entry);
};

} // namespace latch
