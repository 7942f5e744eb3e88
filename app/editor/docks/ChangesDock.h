#pragma once

#include <QDockWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace latch {

class Comparison;

// What changed since the compared version (File → Compare With…), security changes first and
// layout last, as `latch-cli diff` ranks them. Choosing a change shows its element on the
// canvas, where the change is marked too.
class ChangesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ChangesDock(Comparison* comparison, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }

Q_SIGNALS:
    // The change at that index of Comparison::changes() was chosen.
    void changeChosen(int index);

private:
    void refresh();

    Comparison* m_comparison;
    QLabel* m_summary;
    QCheckBox* m_hideLayout;
    QPushButton* m_end;
    QTreeWidget* m_tree;
};

} // namespace latch
