#pragma once

#include "model/Element.h"

#include <QObject>
#include <QVector>

class QAction;
class QMenu;
class QWidget;

namespace latch {

class DiagramScene;
class DiagramTabs;
class Document;

// The Edit and Arrange menus' actions on the current diagram's selection: cut, copy, paste,
// duplicate, rename, delete, select all and the alignments. Each is enabled only when it can
// do something: a selection to act on (two shapes to align, one to rename), Latch elements
// or text on the clipboard to paste, a diagram to select in.
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(Document* document, DiagramTabs* tabs, QWidget* window);

    void addEditActions(QMenu* menu) const;
    void addArrangeActions(QMenu* menu) const;

    QAction* cut() const { return m_cut; }
    QAction* copy() const { return m_copy; }
    QAction* paste() const { return m_paste; }
    QAction* duplicate() const { return m_duplicate; }
    QAction* rename() const { return m_rename; }
    QAction* remove() const { return m_delete; }
    QAction* selectAll() const { return m_selectAll; }
    const QVector<QAction*>& alignments() const { return m_alignments; }
    // Arrange → Straighten Flow: the selected flows lose their bend points (one undo step).
    QAction* straighten() const { return m_straighten; }

    // Renames the element in place, on the canvas.
    void renameElement(const QString& elementId);

Q_SIGNALS:
    // A passing note for the status bar ("the clipboard holds no Latch elements").
    void message(const QString& text);

private:
    void follow(DiagramScene* scene);
    void updateEnabled();
    void copySelection();
    void cutSelection();
    void pasteClipboard();
    void duplicateSelection();
    void deleteSelection();
    void pasteElements(const QVector<Element>& elements, int offset);
    void align(int edge);
    void straightenSelection();

    Document* m_document;
    DiagramTabs* m_tabs;
    QWidget* m_window;
    DiagramScene* m_followed = nullptr;
    QAction* m_cut;
    QAction* m_copy;
    QAction* m_paste;
    QAction* m_duplicate;
    QAction* m_rename;
    QAction* m_delete;
    QAction* m_selectAll;
    QAction* m_straighten;
    QVector<QAction*> m_alignments;
};

} // namespace latch
