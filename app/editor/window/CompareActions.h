#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace latch {

class ChangesDock;
class Comparison;
class DiagramTabs;
class Document;

// File → Compare With File… and Compare With Revision…: the model against another version of
// it, with the changes listed in their panel (ChangesDock) and marked on the canvas (added,
// changed, and ghosts of what was removed), until End Comparison.
class CompareActions : public QObject
{
    Q_OBJECT

public:
    CompareActions(Document* document, DiagramTabs* tabs, QMainWindow* window);
    ~CompareActions() override;

    void addActions(QMenu* menu);
    ChangesDock* dock() const { return m_dock; }
    Comparison* comparison() const { return m_comparison; }

    // Ask for a file or a revision and compare; a refusal is shown over the window.
    void compareWithFile();
    void compareWithRevision();

Q_SIGNALS:
    // A chosen change is about an element the model has: the window shows it.
    void elementChosen(const QString& elementId);

private:
    void comparisonChanged();
    void changeChosen(int index);
    void refused(const QString& error);

    Document* m_document;
    DiagramTabs* m_tabs;
    QMainWindow* m_window;
    Comparison* m_comparison;
    ChangesDock* m_dock;
    bool m_wasActive = false;
};

} // namespace latch
