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
    : QUndoCommand(tr("Add diagram"))
    , m_document(document)
    , m_diagram(std::move(diagram))
    , m_index(index)
{
}

void AddDiagramCommand::redo()
{
    m_document->insertDiagram(m_index, m_diagram);
}

void AddDiagramCommand::undo()
{
    m_document->removeDiagram(m_diagram.id);
}

RemoveDiagramCommand::RemoveDiagramCommand(Document* document, const QString& diagramId)
    : QUndoCommand(tr("Delete diagram"))
    , m_document(document)
    , m_diagramId(diagramId)
{
}

void RemoveDiagramCommand::redo()
{
    m_index = m_document->diagramIndex(m_diagramId);
    m_removed = m_document->removeDiagram(m_diagramId);
}

void RemoveDiagramCommand::undo()
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
