#pragma once

#include <QString>
#include <QVector>

namespace latch {

struct Model;

// One difference between two versions of a model, matched by stable ids (never by position).
struct ModelChange
{
    // How a reviewer ranks it: security first (a new boundary crossing, an element moved into
    // or out of a boundary, a threat opened, closed or re-scored upwards), then meaning, then
    // layout (positions, sizes, bend points), which `--ignore-layout` hides.
    enum class Rank
    {
        Security,
        Meaning,
        Layout
    };
    Rank rank = Rank::Meaning;
    QString subject; // model, diagram, entity, process, store, flow, boundary, note, threat,
                     // mitigation, asset
    QString id;      // empty for the model itself
    QString name;    // its name or title (the newer one), for reading
    // added, removed, renamed, retyped, described, property, repointed, direction, crossings,
    // regions, moved, resized, reshaped, diagram, status, justification, dread, risk, title,
    // category, obsolete, revived, linked, unlinked, description, objective, library
    QString change;
    QString field;  // the property, objective or mitigation the change is about, if any
    QString before; // readable values, empty when they do not apply
    QString after;

    friend bool operator==(const ModelChange& a, const ModelChange& b)
    {
        return a.rank == b.rank && a.subject == b.subject && a.id == b.id && a.name == b.name &&
               a.change == b.change && a.field == b.field && a.before == b.before &&
               a.after == b.after;
    }
};

// The semantic difference of two models (README, "Reviewing a model change"): diagrams,
// elements, the boundaries each flow crosses and each element lies in, the register and the
// catalog, matched by id. In rank order, then in the newer model's order.
class ModelDiff
{
public:
    static QVector<ModelChange> compare(const Model& before, const Model& after);
    static QVector<ModelChange> withoutLayout(const QVector<ModelChange>& changes);
    static QString rankName(ModelChange::Rank rank);
    // The element a change is about on a diagram (its own id, or its threat's element), as
    // `after` has it or, when it is gone there, as `before` had it; empty for the model, its
    // diagrams, assets and mitigations.
    static QString elementOf(const ModelChange& change, const Model& before, const Model& after);
};

} // namespace latch
