#include "AddElementsCommand.h"

#include "Document.h"

namespace latch {

AddElementsCommand::AddElementsCommand(Document* document, QString diagramId,
                                       QVector<Element> elements, const QString& text,
                                       QUndoCommand* parent)
    : ModelEditCommand(document, text, parent)
    , m_diagramId(std::move(diagramId))
    , m_elements(std::move(elements))
{
}

QStringList AddElementsCommand::touched() const
{
    QStringList ids;
    for (const Element& element : m_elements)
        ids << element.id;
    return ids;
}

void AddElementsCommand::apply()
{
    const Diagram* diagram = m_document->diagram(m_diagramId);
    qsizetype index = diagram ? diagram->elements.size() : 0;
    for (const Element& element : m_elements)
        m_document->insertElement(m_diagramId, index++, element);
}

void AddElementsCommand::revert()
{
    for (auto it = m_elements.crbegin(); it != m_elements.crend(); ++it)
        m_document->removeElement(m_diagramId, it->id);
}

} // namespace latch
