#include "InlineRenamer.h"

#include "DiagramView.h"
#include "Document.h"
#include "commands/EditElementCommand.h"
#include "report/DiagramPainter.h"

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
    // Over the shape; over the middle of a flow's path; over the start of a boundary line.
    QRectF area(element->bounds.x, element->bounds.y, element->bounds.width,
                element->bounds.height);
    if (element->kind == ElementKind::Flow) {
        const QPolygonF path = DiagramPainter::flowPolyline(
            *element, document->element(element->source), document->element(element->target));
        area = QRectF(path.boundingRect().center() - QPointF(90, 12), QSizeF(180, 24));
    } else if (element->isLineBoundary() && !element->points.isEmpty()) {
        const Point& start = element->points.first();
        area = QRectF(start.x, start.y - 24, 180, 24);
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
