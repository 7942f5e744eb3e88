#pragma once

#include <QLineEdit>

namespace latch {

class Document;
class DiagramView;

// Renames an element in place: a line edit over the element on the canvas. Enter or leaving
// the field commits (one undoable step), Escape cancels. Deletes itself when done.
class InlineRenamer : public QLineEdit
{
    Q_OBJECT

public:
    static InlineRenamer* start(Document* document, DiagramView* view, const QString& elementId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    InlineRenamer(Document* document, QString elementId, QWidget* parent);
    void commit();

    Document* m_document;
    QString m_elementId;
    bool m_done = false;
};

} // namespace latch
