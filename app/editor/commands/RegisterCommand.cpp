#include "RegisterCommand.h"

#include "Document.h"

namespace latch {

RegisterCommand::RegisterCommand(Document* document, QVector<Threat> threats,
                                 QVector<Mitigation> mitigations, const QString& text,
                                 QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_threatsBefore(document->model().threats)
    , m_threatsAfter(std::move(threats))
    , m_mitigationsBefore(document->model().mitigations)
    , m_mitigationsAfter(std::move(mitigations))
{
}

void RegisterCommand::redo()
{
    apply(m_threatsAfter, m_mitigationsAfter);
}

void RegisterCommand::undo()
{
    apply(m_threatsBefore, m_mitigationsBefore);
}

void RegisterCommand::apply(const QVector<Threat>& threats, const QVector<Mitigation>& mitigations)
{
    // Only what differs is replaced, so views that follow one of the two are not reset.
    if (m_document->model().mitigations != mitigations)
        m_document->setMitigations(mitigations);
    if (m_document->model().threats != threats)
        m_document->setThreats(threats);
}

} // namespace latch
