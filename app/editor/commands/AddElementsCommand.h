#pragma once

#include "model/Element.h"

#include <QUndoCommand>
#include <QVector>

namespace latch {

class Document;

// Adds elements to the end of a diagram (creation order is file order).
class AddElementsCommand : public QUndoCommand
{
public:
    AddElementsCommand(Document* document, QString diagramId, QVector<Element> elements,
                       const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document* m_document;
    QString m_diagramId;
    QVector<Element> m_elements;
};

} // namespace latch
