#pragma once

#include <QHash>
#include <QWidget>

class QTabBar;

namespace latch {

class CanvasMarks;
class DiagramScene;
class DiagramView;
class Document;

// The diagrams of one document as tabs over one canvas: a scene per diagram, made when its
// tab is first shown and dropped with its diagram; tabs follow the model (added, renamed,
// moved, removed, all undoable), and moving a tab moves the diagram.
class DiagramTabs : public QWidget
{
    Q_OBJECT

public:
    explicit DiagramTabs(Document* document, QWidget* parent = nullptr);
    ~DiagramTabs() override;

    QTabBar* tabBar() const { return m_tabs; }
    DiagramView* view() const { return m_view; }
    DiagramScene* currentScene() const;
    QList<DiagramScene*> scenes() const { return m_scenes.values(); }
    // What every scene marks on its elements (conflicts, changes since a compared version).
    CanvasMarks* marks() const { return m_marks; }

    // Settings every scene gets, those made later too.
    void setGridSize(int size);
    void setSnapToGrid(bool on);
    void setBadgesVisible(bool on);

    // Shows the diagram holding the element; false when no diagram holds it.
    bool showDiagramOf(const QString& elementId);
    // Shows the diagram; false when the model has none with that id.
    bool showDiagram(const QString& diagramId);
    void showNext();
    void showPrevious();
    void addDiagram();
    void renameDiagram(int tab);
    void removeCurrentDiagram();
    // The scenes go, before the document they read (the window's teardown).
    void dropScenes();
    // Tabs as the model's diagrams are, the current one kept (on every change of diagrams).
    void refresh();

Q_SIGNALS:
    void sceneCreated(DiagramScene* scene);
    void currentSceneChanged(DiagramScene* scene);

private:
    void show(int tab);

    Document* m_document;
    QTabBar* m_tabs;
    DiagramView* m_view;
    QHash<QString, DiagramScene*> m_scenes; // by diagram id
    CanvasMarks* m_marks;
    int m_gridSize = 10;
    bool m_snap = true;
    bool m_badges = true;
};

} // namespace latch
