#include "DiagramCommands.h"

#include "Document.h"

#include <QCoreApplication>

namespace latch {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DiagramCommands", text);
}

} // namespace

AddDiagramCommand::AddDiagramCommand(Document* document, Diagram diagram, qsizetype index)
    : ModelEditCommand(document, tr("Add diagram"))
    , m_diagram(std::move(diagram))
    , m_index(index)
{
}

QStringList AddDiagramCommand::touched() const
{
    QStringList ids;
    for (const Element& element : m_diagram.elements)
        ids << element.id;
    return ids;
}

void AddDiagramCommand::apply()
{
    m_document->insertDiagram(m_index, m_diagram);
}

void AddDiagramCommand::revert()
{
    m_document->removeDiagram(m_diagram.id);
}

RemoveDiagramCommand::RemoveDiagramCommand(Document* document, const QString& diagramId)
    : ModelEditCommand(document, tr("Delete diagram"))
    , m_diagramId(diagramId)
{
    if (const Diagram* diagram = document->diagram(diagramId)) {
        for (const Element& element : diagram->elements)
            m_elementIds << element.id;
    }
}

void RemoveDiagramCommand::apply()
{
    m_index = m_document->diagramIndex(m_diagramId);
    m_removed = m_document->removeDiagram(m_diagramId);
}

void RemoveDiagramCommand::revert()
{
    m_document->insertDiagram(m_index, m_removed);
}

MoveDiagramCommand::MoveDiagramCommand(Document* document, const QString& diagramId, qsizetype to)
    : QUndoCommand(tr("Move diagram"))
    , m_document(document)
    , m_diagramId(diagramId)
    , m_from(document->diagramIndex(diagramId))
    , m_to(to)
{
}

void MoveDiagramCommand::redo()
{
    m_document->moveDiagram(m_diagramId, m_to);
}

void MoveDiagramCommand::undo()
{
    m_document->moveDiagram(m_diagramId, m_from);
}

RenameDiagramCommand::RenameDiagramCommand(Document* document, const QString& diagramId,
                                           QString name)
    : QUndoCommand(tr("Rename diagram"))
    , m_document(document)
    , m_diagramId(diagramId)
    , m_before(document->diagram(diagramId)->name)
    , m_after(std::move(name))
{
}

void RenameDiagramCommand::redo()
{
    m_document->renameDiagram(m_diagramId, m_after);
}

void RenameDiagramCommand::undo()
{
    m_document->renameDiagram(m_diagramId, m_before);
}

} // namespace latch
