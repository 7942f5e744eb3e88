#include "ModelIndex.h"

#include "Model.h"

namespace latch {

ModelIndex::ModelIndex(const Model& model)
{
    for (const Diagram& diagram : model.diagrams) {
        for (const Element& element : diagram.elements) {
            m_elements.insert(element.id, &element);
            m_diagrams.insert(element.id, &diagram);
        }
    }
}

} // namespace latch
