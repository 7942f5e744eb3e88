#include "ConflictsDock.h"

#include "Document.h"
#include "ScrollPanel.h"
#include "commands/ResolveConflictCommand.h"
#include "merge/ConflictText.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace latch {

ConflictsDock::ConflictsDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Merge Conflicts"), parent)
    , m_document(document)
    , m_summary(new QLabel)
    , m_list(new QListWidget)
    , m_ours(new QPushButton(tr("Use &Ours")))
    , m_theirs(new QPushButton(tr("Use &Theirs")))
    , m_base(new QPushButton(tr("Use &Base")))
    , m_value(new QPushButton(tr("&Value…")))
{
    setObjectName(QStringLiteral("conflicts"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_summary->setWordWrap(true);
    m_ours->setObjectName(QStringLiteral("useOurs"));
    m_theirs->setObjectName(QStringLiteral("useTheirs"));
    m_base->setObjectName(QStringLiteral("useBase"));
    m_value->setObjectName(QStringLiteral("useValue"));
    // The buttons first and the list last: in a short dock the list scrolls, and what settles
    // a conflict stays in reach.
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_ours, m_theirs, m_base, m_value})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    m_list->setMinimumHeight(ScrollPanel::minimumExtent);
    layout->addWidget(m_list, 1);
    setWidget(content);

    using Choice = ConflictResolution::Choice;
    connect(m_ours, &QPushButton::clicked, this, [this] { resolveCurrent(Choice::Ours); });
    connect(m_theirs, &QPushButton::clicked, this, [this] { resolveCurrent(Choice::Theirs); });
    connect(m_base, &QPushButton::clicked, this, [this] { resolveCurrent(Choice::Base); });
    connect(m_value, &QPushButton::clicked, this, &ConflictsDock::resolveCurrentWithValue);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        for (QPushButton* button : {m_ours, m_theirs, m_base, m_value})
            button->setEnabled(row >= 0);
        if (const QString element = elementOf(row); !element.isEmpty())
            Q_EMIT elementChosen(element);
    });
    connect(m_document, &Document::conflictsChanged, this, &ConflictsDock::refresh);
    refresh();
}

QString ConflictsDock::elementOf(int row) const
{
    const Model& model = m_document->model();
    if (row < 0 || row >= model.conflicts.size())
        return {};
    return ConflictText::elementOf(model, model.conflicts.at(row));
}

void ConflictsDock::refresh()
{
    const Model& model = m_document->model();
    const int row = m_list->currentRow();
    m_list->clear();
    for (const MergeConflict& c : model.conflicts) {
        auto* item = new QListWidgetItem(ConflictText::describe(model, c), m_list);
        item->setToolTip(tr("base: %1\n%2: %3\n%4: %5")
                             .arg(QString::fromUtf8(c.base), ConflictText::oursName(c),
                                  QString::fromUtf8(c.ours), ConflictText::theirsName(c),
                                  QString::fromUtf8(c.theirs)));
    }
    const qsizetype count = model.conflicts.size();
    if (count == 0) {
        m_summary->setText(tr("No merge conflicts."));
    } else {
        const MergeConflict& first = model.conflicts.constFirst();
        QString text = tr("%n merge conflict(s) to resolve; the model holds ours until you "
                          "choose.",
                          nullptr, int(count));
        // During a rebase the sides are not what "ours" suggests: say which is which.
        if (!first.oursName.isEmpty() || !first.theirsName.isEmpty())
            text += QLatin1Char(' ') +
                    tr("Ours is %1, theirs is %2.")
                        .arg(ConflictText::oursName(first), ConflictText::theirsName(first));
        m_summary->setText(text);
    }
    m_list->setCurrentRow(std::min(row, int(count) - 1));
    for (QPushButton* button : {m_ours, m_theirs, m_base, m_value})
        button->setEnabled(m_list->currentRow() >= 0);
}

void ConflictsDock::resolveCurrent(ConflictResolution::Choice choice)
{
    QString error;
    push(ConflictResolution::resolve(m_document->model(), m_list->currentRow(), choice, &error),
         error);
}

void ConflictsDock::resolveCurrentWithValue()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const MergeConflict& c = m_document->model().conflicts.at(row);
    bool ok = false;
    const QString value = QInputDialog::getMultiLineText(
        this, tr("Resolve Conflict"),
        tr("The value to keep, as JSON (%1 is \"%2\"; null removes it):")
            .arg(c.field.isEmpty() ? c.subject : c.field, QString::fromUtf8(c.ours)),
        QString::fromUtf8(c.ours), &ok);
    if (!ok)
        return;
    QString error;
    push(ConflictResolution::resolveWith(m_document->model(), row, value.toUtf8(), &error), error);
}

void ConflictsDock::push(const std::optional<Model>& resolved, const QString& error)
{
    if (!resolved) {
        QMessageBox::warning(this, tr("Resolve Conflict"),
                             tr("The conflict is left as it is: %1").arg(error));
        return;
    }
    m_document->undoStack()->push(
        new ResolveConflictCommand(m_document, *resolved, tr("Resolve Merge Conflict")));
}

} // namespace latch
