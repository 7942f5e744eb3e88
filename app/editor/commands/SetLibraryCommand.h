#pragma once

#include "model/Threat.h"

#include <QByteArray>
#include <QUndoCommand>
#include <QVector>

namespace latch {

class Document;

// Gives the model its own rule library (a Latch library or a converted TMT template), or
// takes it away, and regenerates the whole register under the new rules in the same step.
class SetLibraryCommand : public QUndoCommand
{
public:
    SetLibraryCommand(Document* document, QByteArray library, const QString& text,
                      QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document* m_document;
    QByteArray m_before;
    QByteArray m_after;
    QVector<Threat> m_threatsBefore;
    QVector<Threat> m_threatsAfter;
    bool m_generated = false;
};

} // namespace latch
