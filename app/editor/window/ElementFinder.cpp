#include "ElementFinder.h"

#include "Document.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace latch {

ElementFinder::ElementFinder(Document* document, QWidget* canvas)
    : QLineEdit(canvas)
    , m_document(document)
    , m_names(new QStringListModel(this))
    , m_completer(new QCompleter(m_names, this))
{
    setObjectName(QStringLiteral("elementFinder"));
    setPlaceholderText(MainWindow::tr("Find an element by name"));
    setClearButtonEnabled(true);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    setCompleter(m_completer);
    connect(this, &QLineEdit::returnPressed, this, &ElementFinder::choose);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& name) {
                setText(name);
                choose();
            });
    hide();
}

void ElementFinder::start()
{
    QStringList names;
    for (const Diagram& diagram : m_document->model().diagrams) {
        for (const Element& e : diagram.elements) {
            if (!e.name.isEmpty() && !names.contains(e.name))
                names << e.name;
        }
    }
    m_names->setStringList(names);
    place();
    show();
    raise();
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void ElementFinder::place()
{
    // Centred at the top of the canvas, wide enough for long names, never wider than it.
    const QWidget* canvas = parentWidget();
    const int width = std::min(420, canvas->width() - 24);
    setGeometry((canvas->width() - width) / 2, 8, width, sizeHint().height());
}

QString ElementFinder::find(const QString& text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    // An exact name first, then the first name that contains the text.
    QString contained;
    for (const Diagram& diagram : m_document->model().diagrams) {
        for (const Element& e : diagram.elements) {
            if (e.name.compare(wanted, Qt::CaseInsensitive) == 0)
                return e.id;
            if (contained.isEmpty() && e.name.contains(wanted, Qt::CaseInsensitive))
                contained = e.id;
        }
    }
    return contained;
}

void ElementFinder::choose()
{
    const QString id = find(text());
    if (id.isEmpty()) {
        setStyleSheet(QStringLiteral("QLineEdit { background: #fde2e1; }")); // nothing found
        return;
    }
    setStyleSheet(QString());
    hide();
    Q_EMIT elementChosen(id);
}

bool ElementFinder::event(QEvent* event)
{
    // Escape is the canvas's "back to select" shortcut too: here it closes the field first.
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QLineEdit::event(event);
}

void ElementFinder::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        parentWidget()->setFocus();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void ElementFinder::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    // The completer's popup takes the focus for a moment: stay open for it.
    if (!m_completer->popup()->isVisible())
        hide();
}

} // namespace latch
