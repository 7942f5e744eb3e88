#pragma once

#include "scene/DiagramScene.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QMenu;
class QTabBar;
class QUndoView;

namespace latch {

struct ImportSummary;
struct Preferences;
class Autosaver;
class CompareActions;
class DiagramTabs;
class DiagramView;
class Document;
class EditActions;
class ElementFinder;
class DreadDock;
class MitigationsDock;
class ObjectivesDock;
class OverviewDock;
class PropertiesDock;
class ThreatsDock;
class ConflictsDock;

// One document per window: the diagram tabs over the canvas (DiagramTabs), the tool palette,
// the panels, the menus (the selection's actions in EditActions; what concerns every window
// in WindowManager). Edits go through the document's undo stack.
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
    Autosaver* autosaver() const { return m_autosaver; }

    Document* document() const { return m_document; }
    DiagramView* view() const;
    DiagramScene* currentScene() const;
    QTabBar* diagramTabs() const;
    EditActions* editActions() const { return m_edit; }
    ElementFinder* elementFinder() const { return m_finder; }
    PropertiesDock* propertiesDock() const { return m_properties; }
    ThreatsDock* threatsDock() const { return m_threats; }
    ConflictsDock* conflictsDock() const { return m_conflicts; }
    CompareActions* compareActions() const { return m_compare; }
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
    // Settings from the preferences applied to this window (grid, snap, autosave); every
    // window gets them through WindowManager::applyEverywhere.
    void applyPreferences(const Preferences& preferences);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    static Document* newDocument();
    QSize defaultSize() const;
    // The window's size and its panels' layout, kept between runs (QSettings).
    void restoreLayout();
    void saveLayout() const;
    void editPreferences();
    void createDocks();
    void createActions();
    void createViewMenu();
    void createToolBar();
    void followScene(DiagramScene* scene);
    void updateTitle();
    void updateStatus();
    // The status bar's lasting warnings: rule libraries that did not load, a failed autosave.
    void updateLibraryWarning();
    void showLibraryErrors();
    void autosaveFailed(const QString& error);
    bool maybeSave();
    void revert();

    Document* m_document;
    DiagramTabs* m_tabs;
    EditActions* m_edit;
    ElementFinder* m_finder;
    QUndoView* m_history;
    PropertiesDock* m_properties;
    OverviewDock* m_overview;
    ThreatsDock* m_threats;
    ConflictsDock* m_conflicts;
    DreadDock* m_dread;
    MitigationsDock* m_mitigations;
    ObjectivesDock* m_objectives;
    CompareActions* m_compare;
    QAction* m_badges = nullptr;
    QAction* m_snapAction = nullptr;
    QLabel* m_summary; // the register's counts in the status bar
    QLabel* m_libraryWarning;
    QLabel* m_autosaveWarning;
    bool m_shownOnce = false;
    Autosaver* m_autosaver;
    QActionGroup* m_toolActions = nullptr;
};

} // namespace latch
