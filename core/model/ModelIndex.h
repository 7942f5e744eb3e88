#pragma once

#include <QHash>
#include <QString>

namespace latch {

struct Diagram;
struct Element;
struct Model;

// Id -> element lookups in O(1) for bulk work (validation, crossings, the engine).
// Holds pointers into the model: rebuild it after the model's containers change.
class ModelIndex
{
public:
    explicit ModelIndex(const Model& model);

    const Element* element(const QString& id) const { return m_elements.value(id); }
    const Diagram* diagramOf(const QString& elementId) const { return m_diagrams.value(elementId); }

private:
    QHash<QString, const Element*> m_elements;
    QHash<QString, const Diagram*> m_diagrams;
};

} // namespace latch
