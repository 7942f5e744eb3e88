#pragma once

#include "model/Mitigation.h"
#include "model/Threat.h"

#include <QString>
#include <QVector>

#include <optional>

namespace latch {

class ThreatText;
struct Model;

// Changes to the register that follow a domain rule, in one place for every caller (the
// threats and mitigations panels, the threat table, the command line). Each returns the
// register as it is to be, or nothing when the edit would change nothing (an unknown id, a
// link that is already there); the editor pushes the result as an undo command.
class RegisterEdits
{
public:
    struct Register
    {
        QVector<Threat> threats;
        QVector<Mitigation> mitigations;
    };

    // The threat in the team's own words. A generated threat whose title or description
    // changes is marked reworded (`textEdited`): regeneration keeps its words from then on, so
    // both are stored, the description as it read when it was still the rule's.
    static Threat reworded(const Threat& threat, const ThreatText& text, const QString& title,
                           const QString& description);

    // A mitigation of the catalog linked to a threat, or unlinked from it.
    static std::optional<Threat> linked(const Model& model, const QString& threatId,
                                        const QString& mitigationId);
    static std::optional<Threat> unlinked(const Model& model, const QString& threatId,
                                          const QString& mitigationId);
    // A new mitigation in the catalog, linked to the threat `linkTo` when it names one.
    static std::optional<Register> withMitigation(const Model& model, const Mitigation& mitigation,
                                                  const QString& linkTo = {});
    // A mitigation gone from the catalog and from every threat that it was linked to.
    static std::optional<Register> withoutMitigation(const Model& model,
                                                     const QString& mitigationId);
    // Obsolete threats removed, with their scores and notes; `removed` counts them.
    static std::optional<Register> purged(const Model& model, int* removed = nullptr);
    // A threat the team wrote: manual, on an element of the model, with an id of its own.
    static std::optional<Register> withManualThreat(const Model& model, Threat threat);
};

} // namespace latch
