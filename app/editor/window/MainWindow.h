#pragma once

#include "scene/DiagramScene.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QLabel;
class QMenu;
class QTabBar;
class QUndoView;

namespace latch {

struct ImportSummary;
struct Preferences;
class Autosaver;
class DiagramView;
class Document;
class DreadDock;
class MitigationsDock;
class ObjectivesDock;
class OverviewDock;
class PropertiesDock;
class ThreatsDock;

// One document per window: the diagram tabs over the canvas, the tool palette, the undo
// history, the File/Edit/View/Diagram menus. Edits go through the document's undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Takes ownership of the document; a new blank model when none is given.
    explicit MainWindow(Document* document = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a file in a new window; nullptr with the loader's error.
    static MainWindow* openFile(const QString& path, QString* error);
    // Imports another tool's model into a new, unsaved window; nullptr with the error.
    static MainWindow* importFile(const QString& path, QString* error,
                                  ImportSummary* summary = nullptr);
    // Offers to restore work left by a session that did not close normally; opens a window
    // for each copy restored. Returns how many were restored.
    static int offerRecovery(QWidget* parent = nullptr);
    Autosaver* autosaver() const { return m_autosaver; }

    Document* document() const { return m_document; }
    DiagramView* view() const { return m_view; }
    DiagramScene* currentScene() const;
    QTabBar* diagramTabs() const { return m_tabs; }
    PropertiesDock* propertiesDock() const { return m_properties; }
    ThreatsDock* threatsDock() const { return m_threats; }
    DreadDock* dreadDock() const { return m_dread; }
    MitigationsDock* mitigationsDock() const { return m_mitigations; }
    ObjectivesDock* objectivesDock() const { return m_objectives; }
    QAction* badgesAction() const { return m_badges; }
    // Shows the element's diagram, selects the element and centres the canvas on it.
    void revealElement(const QString& elementId);
    void setTool(DiagramScene::ToolKind kind);

    bool save();
    bool saveAs(const QString& path);
    // Makes the file (a Latch library or a TMT template) the model's own rule library, as one
    // undoable step that regenerates the register; false with the error.
    bool attachLibrary(const QString& path, QString* error);
    // Settings from the preferences applied to this window (grid, snap, autosave).
    void applyPreferences(const Preferences& preferences);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    static Document* newDocument();
    QSize defaultSize() const;
    // The window's size and its panels' layout, kept between runs (QSettings).
    void restoreLayout();
    void saveLayout() const;
    void editPreferences();
    void createDocks();
    void createActions();
    void createToolBar();
    void refreshTabs();
    void showDiagram(int tab);
    void updateTitle();
    void updateStatus();
    bool maybeSave();
    void addRecentFile(const QString& path);
    void fillRecentMenu();

    void newWindow();
    void openDialog();
    void revert();
    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void pasteElements(const QVector<Element>& elements, int offset);
    void renameSelection();
    void renameElement(const QString& elementId);
    void align(int edge);
    void addDiagram();
    void renameDiagram(int tab);
    void removeDiagram();

    Document* m_document;
    DiagramView* m_view;
    QTabBar* m_tabs;
    QUndoView* m_history;
    PropertiesDock* m_properties;
    OverviewDock* m_overview;
    ThreatsDock* m_threats;
    DreadDock* m_dread;
    MitigationsDock* m_mitigations;
    ObjectivesDock* m_objectives;
    QAction* m_badges = nullptr;
    QAction* m_snapAction = nullptr;
    QLabel* m_summary; // the register's counts in the status bar
    Autosaver* m_autosaver;
    QActionGroup* m_toolActions = nullptr;
    QMenu* m_recentMenu = nullptr;
    QHash<QString, DiagramScene*> m_scenes; // by diagram id
};

} // namespace latch
