#include "ModelIndex.h"

#include "Model.h"

namespace latch {

ModelIndex::ModelIndex(const Model& model)
    : m_model(model)
{
}

void ModelIndex::add(const Element& element, int diagram, int position) const
{
    m_locations.insert(element.id, {diagram, position});
    if (element.kind != ElementKind::Flow)
        return;
    m_flowsAt[element.source].append(element.id);
    if (element.target != element.source)
        m_flowsAt[element.target].append(element.id);
}

void ModelIndex::ensure() const
{
    if (m_valid)
        return;
    m_locations.clear();
    m_flowsAt.clear();
    qsizetype count = 0;
    for (const Diagram& d : m_model.diagrams)
        count += d.elements.size();
    m_locations.reserve(count);
    for (int d = 0; d < m_model.diagrams.size(); ++d) {
        const auto& elements = m_model.diagrams.at(d).elements;
        for (int e = 0; e < elements.size(); ++e)
            add(elements.at(e), d, e);
    }
    m_valid = true;
}

const Element* ModelIndex::element(const QString& id) const
{
    ensure();
    const auto it = m_locations.constFind(id);
    if (it == m_locations.cend())
        return nullptr;
    return &m_model.diagrams.at(it->diagram).elements.at(it->position);
}

const Diagram* ModelIndex::diagramOf(const QString& elementId) const
{
    const int d = diagramIndexOf(elementId);
    return d < 0 ? nullptr : &m_model.diagrams.at(d);
}

int ModelIndex::diagramIndexOf(const QString& elementId) const
{
    ensure();
    const auto it = m_locations.constFind(elementId);
    return it == m_locations.cend() ? -1 : it->diagram;
}

qsizetype ModelIndex::positionOf(const QString& elementId) const
{
    ensure();
    const auto it = m_locations.constFind(elementId);
    return it == m_locations.cend() ? -1 : it->position;
}

QStringList ModelIndex::flowsAt(const QString& elementId) const
{
    ensure();
    return m_flowsAt.value(elementId);
}

void ModelIndex::elementAppended(int diagram)
{
    if (!m_valid)
        return;
    const auto& elements = m_model.diagrams.at(diagram).elements;
    add(elements.constLast(), diagram, int(elements.size() - 1));
}

void ModelIndex::elementReplaced(const Element& before, const Element& after)
{
    if (!m_valid || before.kind != ElementKind::Flow ||
        (before.source == after.source && before.target == after.target))
        return; // the same place and the same ends: nothing to re-file
    for (const QString& end : {before.source, before.target}) {
        auto it = m_flowsAt.find(end);
        if (it != m_flowsAt.end()) {
            it->removeAll(before.id);
            if (it->isEmpty())
                m_flowsAt.erase(it);
        }
    }
    m_flowsAt[after.source].append(after.id);
    if (after.target != after.source)
        m_flowsAt[after.target].append(after.id);
}

} // namespace latch
