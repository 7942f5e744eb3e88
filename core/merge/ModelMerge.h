#pragma once

#include "model/Model.h"

#include <QString>
#include <QStringList>

namespace latch {

class RuleLibrary;

// What a three-way merge gives: the merged model, its conflicts inside it
// (Model::conflicts), notes on what was settled by rule (the same box moved on both sides),
// and an error when it could not be made (then the model is not to be used).
struct MergeResult
{
    Model model;
    QStringList notes;
    QString error;
    // A side holds generated threats: the register is to be re-derived (ModelMerge::rederive)
    // with the rules in force for the merged model.
    bool rederive = false;
};

// A three-way merge on the model, not on lines (README, "Merging two branches"). Assets,
// diagrams, elements, threats and mitigations match by id and merge field by field; what
// one side added or removed is added or removed; layout merges on its own. A real
// disagreement becomes a conflict record and ours is kept meanwhile. Anything one side
// removed that the other still refers to (the end of a new flow, the element of a new
// threat, a linked mitigation) is kept, as a conflict, so the result has no dangling
// reference. A register holding generated threats is then re-derived for the merged diagram
// (rederive); generated threats have derived ids, so one threat is never there twice.
class ModelMerge
{
public:
    struct Names
    {
        QString ours;
        QString theirs;
        // As git runs a merge during a rebase: "ours" is the branch being rebased onto and
        // "theirs" the user's own commit being replayed. Records say so in those words.
        static Names forRebase()
        {
            return {QStringLiteral("upstream (being rebased onto)"),
                    QStringLiteral("your commit (being rebased)")};
        }
    };

    static MergeResult merge(const Model& base, const Model& ours, const Model& theirs,
                             const Names& names = {});
    // Brings the merged register in step with the merged diagram. `keepUnknownRules` as in
    // ThreatGenerator, for a library that could not be loaded whole.
    static void rederive(Model& merged, const RuleLibrary& library, bool keepUnknownRules);
};

} // namespace latch
