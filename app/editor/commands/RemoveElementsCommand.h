#pragma once

#include "model/Element.h"

#include "ModelEditCommand.h"
#include <QStringList>
#include <QVector>

namespace latch {

class Document;

// Removes elements from a diagram; undo puts each back at its old place. The caller decides
// what happens to flows attached to removed shapes (it passes them in `ids` or not), since a
// model never keeps a flow whose end is gone.
class RemoveElementsCommand : public ModelEditCommand
{
public:
    RemoveElementsCommand(Document* document, QString diagramId, const QStringList& ids,
                          const QString& text, QUndoCommand* parent = nullptr);

private:
    void apply() override;
    void revert() override;
    QStringList touched() const override { return m_ids; }

    struct Removed
    {
        qsizetype index;
        Element element;
    };
    QString m_diagramId;
    QStringList m_ids;
    QVector<Removed> m_removed; // in ascending index order
};

} // namespace latch
