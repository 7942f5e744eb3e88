#include "InlineRenamer.h"

#include "DiagramView.h"
#include "Document.h"
#include "commands/EditElementCommand.h"

#include <QKeyEvent>

namespace latch {

InlineRenamer* InlineRenamer::start(Document* document, DiagramView* view, const QString& elementId)
{
    const Element* element = document->element(elementId);
    if (!element)
        return nullptr;
    auto* editor = new InlineRenamer(document, elementId, view->viewport());
    editor->setObjectName(QStringLiteral("inlineRenamer"));
    editor->setText(element->name);
    editor->selectAll();
    // Over the shape, or over the middle of a flow or the label of a boundary.
    QRectF area(element->bounds.x, element->bounds.y, element->bounds.width,
                element->bounds.height);
    if (element->kind == ElementKind::Flow || element->isLineBoundary()) {
        const Element* from = document->element(element->source);
        const Element* to = document->element(element->target);
        QPointF middle = element->points.isEmpty()
                             ? QPointF()
                             : QPointF(element->points.first().x, element->points.first().y);
        if (from && to && element->points.isEmpty())
            middle = (QPointF(from->bounds.x + from->bounds.width / 2.0,
                              from->bounds.y + from->bounds.height / 2.0) +
                      QPointF(to->bounds.x + to->bounds.width / 2.0,
                              to->bounds.y + to->bounds.height / 2.0)) /
                     2;
        area = QRectF(middle - QPointF(90, 12), QSizeF(180, 24));
    }
    const QRect onView = view->mapFromScene(area).boundingRect();
    const int width = std::max(160, onView.width());
    editor->setGeometry(onView.center().x() - width / 2, onView.center().y() - 13, width, 26);
    editor->show();
    editor->setFocus();
    return editor;
}

InlineRenamer::InlineRenamer(Document* document, QString elementId, QWidget* parent)
    : QLineEdit(parent)
    , m_document(document)
    , m_elementId(std::move(elementId))
{
    connect(this, &QLineEdit::editingFinished, this, &InlineRenamer::commit);
}

void InlineRenamer::commit()
{
    if (m_done)
        return;
    m_done = true;
    const Element* element = m_document->element(m_elementId);
    if (element && element->name != text()) {
        Element renamed = *element;
        renamed.name = text();
        m_document->undoStack()->push(new EditElementCommand(m_document, renamed, tr("Rename")));
    }
    deleteLater();
}

void InlineRenamer::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        m_done = true;
        deleteLater();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace latch
