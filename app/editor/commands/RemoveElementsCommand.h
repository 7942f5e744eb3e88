#pragma once

#include "model/Element.h"

#include <QStringList>
#include <QUndoCommand>
#include <QVector>

namespace latch {

class Document;

// Removes elements from a diagram; undo puts each back at its old place. The caller decides
// what happens to flows attached to removed shapes (it passes them in `ids` or not), since a
// model never keeps a flow whose end is gone.
class RemoveElementsCommand : public QUndoCommand
{
public:
    RemoveElementsCommand(Document* document, QString diagramId, const QStringList& ids,
                          const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Removed
    {
        qsizetype index;
        Element element;
    };
    Document* m_document;
    QString m_diagramId;
    QStringList m_ids;
    QVector<Removed> m_removed; // in ascending index order
};

} // namespace latch
