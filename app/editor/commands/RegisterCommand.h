#pragma once

#include "model/Mitigation.h"
#include "model/Threat.h"

#include <QUndoCommand>
#include <QVector>

namespace latch {

class Document;

// Replaces the register and the mitigation catalog together: adding a manual threat, purging
// obsolete threats, adding, editing or removing mitigations and the links that go with them.
// Keeps both before and after; the vectors are shared until they differ, so this is cheap.
class RegisterCommand : public QUndoCommand
{
public:
    RegisterCommand(Document* document, QVector<Threat> threats, QVector<Mitigation> mitigations,
                    const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const QVector<Threat>& threats, const QVector<Mitigation>& mitigations);

    Document* m_document;
    QVector<Threat> m_threatsBefore;
    QVector<Threat> m_threatsAfter;
    QVector<Mitigation> m_mitigationsBefore;
    QVector<Mitigation> m_mitigationsAfter;
};

} // namespace latch
