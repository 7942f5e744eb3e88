#pragma once

#include "model/Element.h"

#include "ModelEditCommand.h"
#include <QVector>

namespace latch {

class Document;

// Adds elements to the end of a diagram (creation order is file order).
class AddElementsCommand : public ModelEditCommand
{
public:
    AddElementsCommand(Document* document, QString diagramId, QVector<Element> elements,
                       const QString& text, QUndoCommand* parent = nullptr);

private:
    void apply() override;
    void revert() override;
    QStringList touched() const override;

    QString m_diagramId;
    QVector<Element> m_elements;
};

} // namespace latch
