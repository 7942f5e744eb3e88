#pragma once

#include "model/Threat.h"

#include <QStringList>
#include <QUndoCommand>
#include <QVector>

namespace latch {

class Document;

// Chooses the built-in frameworks (STRIDE, LINDDUN, CIA) whose rules generate the model's
// threats, and regenerates the register in the same step: a framework taken away leaves its
// threats obsolete (ratings and notes kept), one chosen again brings them back. Undo puts the
// choice and the register back as they were.
class SetFrameworksCommand : public QUndoCommand
{
public:
    SetFrameworksCommand(Document* document, QStringList frameworks, const QString& text,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document* m_document;
    QStringList m_before;
    QStringList m_after;
    QVector<Threat> m_threatsBefore;
    QVector<Threat> m_threatsAfter;
    bool m_generated = false;
};

} // namespace latch
