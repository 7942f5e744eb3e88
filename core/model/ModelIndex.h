#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace latch {

struct Diagram;
struct Element;
struct Model;

// The one index of a model: where each element is (by id, in O(1)) and which flows touch each
// element. Built over a model it keeps a reference to; an owner that changes the model (the
// editor's Document) tells it what changed, and it keeps itself current: appending an element
// is O(1), anything that moves elements is re-indexed on the next look. It stores positions,
// never pointers, so the model's containers may be copied or grown freely.
class ModelIndex
{
public:
    explicit ModelIndex(const Model& model);

    const Element* element(const QString& id) const;
    const Diagram* diagramOf(const QString& elementId) const;
    // Position of the element's diagram in the model, or -1.
    int diagramIndexOf(const QString& elementId) const;
    // Position of the element in its diagram, or -1.
    qsizetype positionOf(const QString& elementId) const;
    // Ids of the flows whose source or target the element is, in the order they were met.
    QStringList flowsAt(const QString& elementId) const;

    // What changed; call after the model has changed.
    void elementAppended(int diagram);
    void elementReplaced(const Element& before, const Element& after);
    // Insertions in the middle, removals, diagrams added, removed or reordered.
    void invalidate() { m_valid = false; }

private:
    struct Location
    {
        int diagram;
        int position;
    };
    void ensure() const;
    void add(const Element& element, int diagram, int position) const;

    const Model& m_model;
    mutable QHash<QString, Location> m_locations;
    mutable QHash<QString, QStringList> m_flowsAt;
    mutable bool m_valid = false;
};

} // namespace latch
