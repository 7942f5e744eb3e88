#pragma once

#include <QString>

namespace latch {

struct MergeConflict;
struct Model;

// How a conflict reads for people, on the command line, in lint and in the editor's dock.
class ConflictText
{
public:
    // "threat t-9a… "Spoofing of Customer" status: ours "mitigated", theirs "accepted"
    // (base "open")", with the sides under the names the user knows them by.
    static QString describe(const Model& model, const MergeConflict& conflict);
    // The subject's name or title in the model, empty when it has none.
    static QString subjectName(const Model& model, const MergeConflict& conflict);
    // The element the conflict is about on the canvas (its own, or its threat's), empty when
    // the model has no such element (a mitigation, the model's meta, a removed element).
    static QString elementOf(const Model& model, const MergeConflict& conflict);
    static QString oursName(const MergeConflict& conflict);
    static QString theirsName(const MergeConflict& conflict);
    // A JSON value shortened for one line; "(none)" for null.
    static QString shortValue(const QByteArray& json);
};

} // namespace latch
