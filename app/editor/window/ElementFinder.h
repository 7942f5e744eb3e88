#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace latch {

class Document;

// Find an element by name (Edit → Find…, Ctrl+F): a field over the top of the canvas that
// completes the model's element names, across every diagram. Enter shows the first element
// whose name contains the text (any case) and selects it; Escape closes the field.
class ElementFinder : public QLineEdit
{
    Q_OBJECT

public:
    ElementFinder(Document* document, QWidget* canvas);

    // Shows the field, names completed from the model as it is now, and gives it the focus.
    void start();
    // The id of the first element whose name contains `text`, in diagram order; empty if none.
    QString find(const QString& text) const;

Q_SIGNALS:
    void elementChosen(const QString& elementId);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void choose();
    void place();

    Document* m_document;
    QStringListModel* m_names;
    QCompleter* m_completer;
};

} // namespace latch
