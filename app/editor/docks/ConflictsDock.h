#pragma once

#include "merge/ConflictResolution.h"

#include <QDockWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace latch {

class Document;

// The conflicts a merge left in the model (README, "Merging two branches"), one row each.
// Choosing a row shows where it is on the canvas; each is settled by taking ours, theirs, the
// base or a value of one's own, as an undoable edit (ResolveConflictCommand).
class ConflictsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ConflictsDock(Document* document, QWidget* parent = nullptr);

    // The row's conflict is settled with that side's value.
    void resolveCurrent(ConflictResolution::Choice choice);
    // ... or with a value typed as JSON (asks for it).
    void resolveCurrentWithValue();

Q_SIGNALS:
    // The element a chosen conflict is about, or the element of its threat.
    void elementChosen(const QString& elementId);

private:
    void refresh();
    void push(const std::optional<Model>& resolved, const QString& error);
    QString elementOf(int row) const;

    Document* m_document;
    QLabel* m_summary;
    QListWidget* m_list;
    QPushButton* m_ours;
    QPushButton* m_theirs;
    QPushButton* m_base;
    QPushButton* m_value;
};

} // namespace latch
