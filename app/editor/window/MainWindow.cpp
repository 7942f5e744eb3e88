#include "MainWindow.h"

#include "Autosaver.h"
#include "CompareActions.h"
#include "DiagramTabs.h"
#include "DiagramView.h"
#include "Document.h"
#include "EditActions.h"
#include "ElementFinder.h"
#include "ElementMenu.h"
#include "ExchangeDialogs.h"
#include "Preferences.h"
#include "PresentationMode.h"
#include "WindowManager.h"
#include "commands/SetLibraryCommand.h"
#include "dialogs/PreferencesDialog.h"
#include "docks/ChangesDock.h"
#include "docks/ConflictsDock.h"
#include "docks/DreadDock.h"
#include "docks/MitigationsDock.h"
#include "docks/ObjectivesDock.h"
#include "docks/OverviewDock.h"
#include "docks/PropertiesDock.h"
#include "docks/ThreatsDock.h"
#include "interop/ModelImporter.h"
#include "interop/RuleLibraryFile.h"
#include "language/DisplayNames.h"
#include "model/ModelStatistics.h"
#include "scene/ElementItem.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>

namespace latch {

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString dockStateKey = QStringLiteral("window/docks");
// Bumped when the set of docks changes, so that an older saved layout is not applied.
constexpr int dockLayoutVersion = 3;
const QString fileFilter = QStringLiteral("Latch models (*.tmodel);;All files (*)");

} // namespace

MainWindow::MainWindow(Document* document, QWidget* parent)
    : QMainWindow(parent)
    , m_document(document ? document : newDocument())
    , m_tabs(new DiagramTabs(m_document))
    , m_edit(new EditActions(m_document, m_tabs, this))
    , m_finder(new ElementFinder(m_document, m_tabs->view()))
    , m_history(new QUndoView(m_document->undoStack()))
    , m_properties(new PropertiesDock(m_document, this))
    , m_overview(new OverviewDock(m_tabs->view(), this))
    , m_threats(new ThreatsDock(m_document, this))
    , m_conflicts(new ConflictsDock(m_document, this))
    , m_dread(new DreadDock(m_document, this))
    , m_mitigations(new MitigationsDock(m_document, this))
    , m_objectives(new ObjectivesDock(m_document, this))
    , m_compare(new CompareActions(m_document, m_tabs, this))
    , m_summary(new QLabel)
    , m_libraryWarning(new QLabel)
    , m_autosaveWarning(new QLabel)
    , m_autosaver(
          new Autosaver(m_document, RecoveryStore(), Preferences::load().autosaveSeconds, this))
{
    m_document->setParent(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setCentralWidget(m_tabs);
    const Preferences preferences = Preferences::load();
    m_tabs->setGridSize(preferences.gridSize);
    m_tabs->setSnapToGrid(preferences.snapToGrid);

    m_summary->setObjectName(QStringLiteral("statusSummary"));
    statusBar()->addWidget(m_summary, 1); // hidden only while a passing message shows
    // Lasting warnings, shown beside passing messages until their cause is gone.
    m_libraryWarning->setObjectName(QStringLiteral("libraryWarning"));
    m_autosaveWarning->setObjectName(QStringLiteral("autosaveWarning"));
    for (QLabel* warning : {m_libraryWarning, m_autosaveWarning}) {
        warning->setStyleSheet(QStringLiteral("color: #b3261e;"));
        warning->hide();
        statusBar()->addPermanentWidget(warning);
    }
    createDocks();
    createActions();
    createToolBar();

    connect(m_tabs, &DiagramTabs::sceneCreated, this, [this](DiagramScene* scene) {
        connect(scene, &DiagramScene::toolChanged, this, [this](DiagramScene::ToolKind kind) {
            for (QAction* action : m_toolActions->actions())
                action->setChecked(action->data().toInt() == int(kind));
            view()->setDragMode(kind == DiagramScene::ToolKind::Select
                                    ? QGraphicsView::RubberBandDrag
                                    : QGraphicsView::NoDrag);
        });
        connect(scene, &DiagramScene::elementDoubleClicked, m_edit, &EditActions::renameElement);
    });
    connect(m_tabs, &DiagramTabs::currentSceneChanged, this, &MainWindow::followScene);
    connect(m_finder, &ElementFinder::elementChosen, this, &MainWindow::revealElement);
    connect(m_edit, &EditActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    m_tabs->refresh(); // the first diagram, once the window hears of new scenes

    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::threatsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::threatChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::objectivesChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::libraryChanged, this, &MainWindow::updateLibraryWarning);
    connect(m_autosaver, &Autosaver::failed, this, &MainWindow::autosaveFailed);
    connect(m_autosaver, &Autosaver::saved, m_autosaveWarning, &QWidget::hide);
    connect(m_document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            m_autosaveWarning->hide(); // saved: nothing left to recover
    });
    updateTitle();
    updateStatus();
    updateLibraryWarning();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // Tear down in order while this window is still whole: the document's undo stack signals
    // this window as it goes, and the scenes read the document.
    delete m_autosaver; // removes the recovery copy: this is a normal close
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    m_history->setStack(nullptr);
    m_properties->setScene(nullptr);
    m_overview->setScene(nullptr);
    m_threats->setScene(nullptr);
    m_tabs->dropScenes();
    // The panels read the document until they are gone: delete them first.
    delete m_compare;
    delete m_threats;
    delete m_dread;
    delete m_mitigations;
    delete m_objectives;
    delete m_properties;
    delete m_overview;
    delete m_document;
}

Document* MainWindow::newDocument()
{
    Model model = Model::blank(tr("Untitled model"));
    model.riskMethod = Preferences::load().riskMethod;
    return new Document(std::move(model));
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(Preferences::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    WindowManager::applyEverywhere(dialog.preferences());
}

void MainWindow::applyPreferences(const Preferences& preferences)
{
    m_tabs->setGridSize(preferences.gridSize);
    m_tabs->setSnapToGrid(preferences.snapToGrid);
    if (m_snapAction)
        m_snapAction->setChecked(preferences.snapToGrid);
    m_autosaver->setInterval(preferences.autosaveSeconds);
}

MainWindow* MainWindow::importFile(const QString& path, QString* error, ImportSummary* summary)
{
    auto model = ModelImporter::importFile(path, std::nullopt, summary, error);
    if (!model)
        return nullptr;
    return new MainWindow(Document::fromImport(std::move(*model)));
}

MainWindow* MainWindow::openFile(const QString& path, QString* error)
{
    Document* document = Document::open(path, error);
    if (!document)
        return nullptr;
    auto* window = new MainWindow(document);
    WindowManager::addRecentFile(document->filePath());
    return window;
}

DiagramScene* MainWindow::currentScene() const
{
    return m_tabs->currentScene();
}

DiagramView* MainWindow::view() const
{
    return m_tabs->view();
}

QTabBar* MainWindow::diagramTabs() const
{
    return m_tabs->tabBar();
}

void MainWindow::followScene(DiagramScene* scene)
{
    m_properties->setScene(scene);
    m_overview->setScene(scene);
    m_threats->setScene(scene);
    if (scene)
        setTool(scene->tool());
}

void MainWindow::createDocks()
{
    // Right: the diagram's panels (properties, the team's decisions, the objectives) over the
    // history. Bottom: the register beside the scoring of its current threat.
    auto* historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("history"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, m_properties);
    tabifyDockWidget(m_properties, m_mitigations);
    tabifyDockWidget(m_mitigations, m_objectives);
    m_properties->raise();
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    tabifyDockWidget(historyDock, m_overview);
    addDockWidget(Qt::BottomDockWidgetArea, m_threats);
    splitDockWidget(m_threats, m_dread, Qt::Horizontal);
    // Beside the register, in front while a merge left conflicts to resolve.
    tabifyDockWidget(m_threats, m_conflicts);
    tabifyDockWidget(m_conflicts, m_compare->dock()); // in front while comparing
    m_threats->raise();
    connect(m_conflicts, &ConflictsDock::elementChosen, this, &MainWindow::revealElement);
    connect(m_compare, &CompareActions::elementChosen, this, &MainWindow::revealElement);
    // Starting sizes only: every panel scrolls, so none forces the window's size.
    resizeDocks({m_properties}, {360}, Qt::Horizontal);
    resizeDocks({m_properties, historyDock}, {500, 180}, Qt::Vertical);
    resizeDocks({m_threats}, {240}, Qt::Vertical);
    resizeDocks({m_threats, m_dread}, {900, 320}, Qt::Horizontal);

    connect(m_threats, &ThreatsDock::threatChosen, this, &MainWindow::revealElement);
    new ElementMenu(m_tabs, m_edit, m_properties, m_threats, this);
    connect(m_threats, &ThreatsDock::currentThreatChanged, m_dread, &DreadDock::setThreat);
    connect(m_threats, &ThreatsDock::currentThreatChanged, m_mitigations,
            &MitigationsDock::setThreat);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, [] { WindowManager::newWindow(); });
    file->addAction(tr("&Open…"), QKeySequence::Open, this,
                    [this] { WindowManager::openDialog(this); });
    WindowManager::addRecentMenu(file, this);
    file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                    [this] { ExchangeDialogs::importModel(this); });
    file->addAction(tr("Use Rule &Library…"), this,
                    [this] { ExchangeDialogs::useRuleLibrary(this); });
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save model"),
                                                          m_document->filePath(), fileFilter);
        if (!path.isEmpty())
            saveAs(path.endsWith(QLatin1String(".tmodel")) ? path
                                                           : path + QStringLiteral(".tmodel"));
    });
    file->addAction(tr("Re&vert"), this, &MainWindow::revert);
    file->addSeparator();
    m_compare->addActions(file);
    file->addSeparator();
    file->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    [this] { ExchangeDialogs::exportModel(this); });
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_edit->addEditActions(edit);
    edit->addAction(tr("&Find…"), QKeySequence::Find, m_finder, &ElementFinder::start);
    edit->addSeparator();
    edit->addAction(tr("Pre&ferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this,
                    &MainWindow::editPreferences);

    createViewMenu();

    m_edit->addArrangeActions(menuBar()->addMenu(tr("&Arrange")));

    QMenu* diagram = menuBar()->addMenu(tr("&Diagram"));
    diagram->addAction(tr("&Add Diagram"), m_tabs, &DiagramTabs::addDiagram);
    diagram->addAction(tr("&Rename Diagram…"), this,
                       [this] { m_tabs->renameDiagram(m_tabs->tabBar()->currentIndex()); });
    diagram->addAction(tr("&Delete Diagram"), m_tabs, &DiagramTabs::removeCurrentDiagram);
    diagram->addSeparator();
    // The tabs by keyboard, as in browsers and terminals.
    diagram->addAction(tr("&Next Diagram"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), m_tabs,
                       &DiagramTabs::showNext);
    diagram->addAction(tr("&Previous Diagram"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), m_tabs,
                       &DiagramTabs::showPrevious);
}

void MainWindow::createViewMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&View"));
    DiagramView* canvas = view();
    menu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, canvas, &DiagramView::zoomIn);
    menu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, canvas, &DiagramView::zoomOut);
    menu->addAction(tr("&Fit to Diagram"), QKeySequence(Qt::CTRL | Qt::Key_0), canvas,
                    &DiagramView::zoomToFit);
    QAction* snap = menu->addAction(tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(Preferences::load().snapToGrid);
    m_snapAction = snap;
    connect(snap, &QAction::toggled, m_tabs, &DiagramTabs::setSnapToGrid);
    m_badges = menu->addAction(tr("Risk &Badges"));
    m_badges->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_badges->setToolTip(tr("Show each element's unresolved threats; hide them for clean "
                            "screenshots"));
    m_badges->setCheckable(true);
    m_badges->setChecked(true);
    connect(m_badges, &QAction::toggled, m_tabs, &DiagramTabs::setBadgesVisible);
    menu->addAction((new PresentationMode(this, m_threats, canvas))->action());
    menu->addSeparator();
    QMenu* panels = menu->addMenu(tr("&Panels"));
    const QList<QDockWidget*> docks = findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks)
        panels->addAction(dock->toggleViewAction());
}

void MainWindow::createToolBar()
{
    QToolBar* tools = addToolBar(tr("Tools"));
    tools->setObjectName(QStringLiteral("tools"));
    m_toolActions = new QActionGroup(this);
    const struct
    {
        DiagramScene::ToolKind kind;
        QString text;
        QKeySequence key;
    } entries[] = {
        {DiagramScene::ToolKind::Select, tr("Select"), QKeySequence(Qt::Key_V)},
        {DiagramScene::ToolKind::Entity, tr("External entity"), QKeySequence(Qt::Key_E)},
        {DiagramScene::ToolKind::Process, tr("Process"), QKeySequence(Qt::Key_P)},
        {DiagramScene::ToolKind::Store, tr("Data store"), QKeySequence(Qt::Key_S)},
        {DiagramScene::ToolKind::Flow, tr("Data flow"), QKeySequence(Qt::Key_F)},
        {DiagramScene::ToolKind::Boundary, tr("Trust boundary"), QKeySequence(Qt::Key_B)},
        {DiagramScene::ToolKind::BoundaryLine, tr("Boundary line"), QKeySequence(Qt::Key_L)},
        {DiagramScene::ToolKind::Note, tr("Note"), QKeySequence(Qt::Key_N)},
    };
    for (const auto& entry : entries) {
        QAction* action = tools->addAction(entry.text);
        action->setCheckable(true);
        action->setShortcut(entry.key);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(entry.text, entry.key.toString()));
        action->setData(int(entry.kind));
        m_toolActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, kind = entry.kind] { setTool(kind); });
    }
    m_toolActions->actions().first()->setChecked(true);
    auto* escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    connect(escape, &QAction::triggered, this, [this] { setTool(DiagramScene::ToolKind::Select); });
    addAction(escape);
}

void MainWindow::setTool(DiagramScene::ToolKind kind)
{
    if (DiagramScene* scene = currentScene())
        scene->setTool(kind);
    for (QAction* action : m_toolActions->actions())
        action->setChecked(action->data().toInt() == int(kind));
    view()->setDragMode(kind == DiagramScene::ToolKind::Select ? QGraphicsView::RubberBandDrag
                                                               : QGraphicsView::NoDrag);
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — Latch").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const ModelStatistics stats = ModelStatistics::of(m_document->model());
    int elements = 0;
    for (int count : stats.elementsByKind)
        elements += count;
    QString message = tr("%1 diagrams, %2 elements, %3 threats: %4 open, %5 in progress, "
                         "%6 mitigated, %7 accepted")
                          .arg(stats.diagrams)
                          .arg(elements)
                          .arg(stats.totalThreats)
                          .arg(stats.threatsByStatus.value(ThreatStatus::Open))
                          .arg(stats.threatsByStatus.value(ThreatStatus::InProgress))
                          .arg(stats.threatsByStatus.value(ThreatStatus::Mitigated))
                          .arg(stats.threatsByStatus.value(ThreatStatus::Accepted));
    // The highest risks still unresolved, worst first.
    const RiskSummary& risk = m_document->riskSummary();
    QStringList worst;
    for (RiskBand band : {RiskBand::Critical, RiskBand::High, RiskBand::Medium}) {
        if (const int count = risk.unresolvedIn(band))
            worst << tr("%1 %2").arg(count).arg(DisplayNames::band(band));
    }
    if (!worst.isEmpty())
        message += tr(" · unresolved: %1").arg(worst.join(QStringLiteral(", ")));
    m_summary->setText(message);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty()) {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save model"), QString(), fileFilter);
        return !path.isEmpty() && saveAs(path);
    }
    return saveAs(m_document->filePath());
}

bool MainWindow::saveAs(const QString& path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::critical(this, tr("Save failed"), error);
        return false;
    }
    WindowManager::addRecentFile(m_document->filePath());
    const int conflicts = int(m_document->model().conflicts.size());
    statusBar()->showMessage(conflicts
                                 ? tr("Saved %1; %n merge conflict(s) remain", nullptr, conflicts)
                                       .arg(m_document->displayName())
                                 : tr("Saved %1").arg(m_document->displayName()),
                             conflicts ? 0 : 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved.").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // Once the window is up, so that the message has a window to belong to.
    if (!m_document->libraryErrors().isEmpty())
        QTimer::singleShot(0, this, &MainWindow::showLibraryErrors);
}

void MainWindow::updateLibraryWarning()
{
    const QStringList& errors = m_document->libraryErrors();
    m_libraryWarning->setVisible(!errors.isEmpty());
    if (errors.isEmpty())
        return;
    m_libraryWarning->setText(
        tr("%n rule library(s) could not be loaded", nullptr, int(errors.size())));
    m_libraryWarning->setToolTip(
        errors.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
        tr("Until they load, threats of their rules are kept as they are, not made obsolete."));
}

void MainWindow::showLibraryErrors()
{
    // Not modal to the application: the model opens, the message says what is missing.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Rule libraries"),
                                tr("Some rule libraries could not be loaded. Until they load, "
                                   "threats of their rules are kept as they are, not made "
                                   "obsolete."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("libraryErrors"));
    box->setInformativeText(m_document->libraryErrors().join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::autosaveFailed(const QString& error)
{
    statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    m_autosaveWarning->setText(tr("Autosave failed: the recovery copy is out of date"));
    m_autosaveWarning->setToolTip(error);
    m_autosaveWarning->show();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

QSize MainWindow::defaultSize() const
{
    // Most of the screen, not more than a workshop needs: a projector's 1280×720 included.
    const QSize available = screen()->availableGeometry().size();
    return QSize(1440, 900).boundedTo(available * 0.95);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(defaultSize());
    restoreState(settings.value(dockStateKey).toByteArray(), dockLayoutVersion);
    if (!m_document->model().conflicts.isEmpty()) {
        m_conflicts->show();
        m_conflicts->raise();
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(dockStateKey, saveState(dockLayoutVersion));
}

bool MainWindow::attachLibrary(const QString& path, QString* error)
{
    QStringList notes;
    const auto json = RuleLibraryFile::read(path, &notes, error);
    if (!json)
        return false;
    // Attached to a copy of the model itself, as `latch-cli import --rules` does: threats
    // imported from TMT whose threat type is a rule of the library become that rule's threats
    // instead of getting generated twins. Checked, layered as the document will use it, before
    // the command is pushed, so that a bad library never half-applies.
    Model attached = m_document->model();
    if (RuleLibraryFile::attach(attached, *json, path, error) < 0 ||
        !m_document->canUseLibrary(attached.embeddedLibrary, error))
        return false;
    m_document->undoStack()->push(new SetLibraryCommand(
        m_document, attached, tr("Use rule library %1").arg(QFileInfo(path).fileName())));
    if (!notes.isEmpty())
        statusBar()->showMessage(tr("%n threat type(s) of the template could not be converted",
                                    nullptr, int(notes.size())),
                                 8000);
    return true;
}

void MainWindow::revert()
{
    if (m_document->filePath().isEmpty() || !m_document->isModified())
        return;
    if (QMessageBox::question(this, tr("Revert"),
                              tr("Discard every change since the last save?")) != QMessageBox::Yes)
        return;
    // Undoing to the saved state keeps the history available for redo.
    QUndoStack* stack = m_document->undoStack();
    if (stack->cleanIndex() >= 0)
        stack->setIndex(stack->cleanIndex());
}

void MainWindow::revealElement(const QString& elementId)
{
    if (!m_tabs->showDiagramOf(elementId))
        return; // an obsolete threat of a deleted element
    DiagramScene* scene = currentScene();
    if (!scene)
        return;
    scene->selectOnly(elementId);
    if (ElementItem* item = scene->itemFor(elementId))
        view()->centerOn(item);
}

} // namespace latch
