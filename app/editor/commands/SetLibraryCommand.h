#pragma once

#include "model/Threat.h"

#include <QByteArray>
#include <QUndoCommand>
#include <QVector>

#include <optional>

namespace latch {

class Document;
struct Model;

// Gives the model its own rule library (a Latch library or a converted TMT template), or
// takes it away, and regenerates the whole register under the new rules in the same step.
// A library the document refuses changes nothing: the command makes itself obsolete, so the
// undo stack drops it and undo goes on to the step before.
class SetLibraryCommand : public QUndoCommand
{
public:
    SetLibraryCommand(Document* document, QByteArray library, const QString& text,
                      QUndoCommand* parent = nullptr);
    // The library and the register of `attached`, a copy of the document's model to which
    // RuleLibraryFile::attach gave the library: threats imported from TMT are already that
    // library's when the register is regenerated.
    SetLibraryCommand(Document* document, const Model& attached, const QString& text,
                      QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document* m_document;
    QByteArray m_before;
    QByteArray m_after;
    QVector<Threat> m_threatsBefore;
    std::optional<QVector<Threat>> m_threatsAttached; // before the first regeneration
    QVector<Threat> m_threatsAfter;
    bool m_generated = false;
};

} // namespace latch
