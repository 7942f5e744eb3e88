#pragma once

#include "model/MergeConflict.h"

#include <nlohmann/json_fwd.hpp>

#include <QStringList>
#include <QVector>

#include <optional>

namespace latch {

// Three-way merging of the pieces of a .tmodel document, in the file's own terms: a value, a
// list of strings treated as a set, one record (an element, a threat, ...) key by key. What
// cannot be settled becomes a MergeConflict and ours is kept. A null pointer stands for a
// value that version does not have.
class JsonThreeWay
{
public:
    using Json = nlohmann::json;

    JsonThreeWay(QVector<MergeConflict>& conflicts, QStringList& notes)
        : m_conflicts(conflicts)
        , m_notes(notes)
    {
    }

    // Takes the side that changed; both changed alike is no conflict; both changed
    // differently keeps ours and records the conflict on (subject, id, field). Nothing when
    // the side taken has no value.
    std::optional<Json> value(const QString& subject, const QString& id, const QString& field,
                              const Json* base, const Json* ours, const Json* theirs);
    // Lists of strings whose order carries no meaning (reviewers, references, mitigation
    // links): what either side added is in, what either side removed is out, in ours' order.
    static Json stringSet(const Json* base, const Json& ours, const Json& theirs);
    // One record present on both sides, merged key by key; objects one level down (properties,
    // DREAD) merge key by key too, and `setKeys` name the string lists merged as sets. The
    // layout keys (x, y, width, height, points) move as one: changed on both sides, ours wins
    // and a note says so.
    // `derivedKeys` hold what is re-derived after the merge (a generated threat's rendered
    // words): changed on both sides, one is kept without a conflict, the same one whichever
    // side is ours.
    Json record(const QString& subject, const QString& id, const Json* base, const Json& ours,
                const Json& theirs, const QStringList& setKeys = {},
                const QStringList& derivedKeys = {});

    // "null" for a missing value.
    static QByteArray text(const Json* value);
    static const Json* member(const Json* object, const std::string& key);

private:
    QVector<MergeConflict>& m_conflicts;
    QStringList& m_notes;
};

} // namespace latch
