#include "MainWindow.h"

#include "Autosaver.h"
#include "DiagramView.h"
#include "DisplayNames.h"
#include "Document.h"
#include "ElementClipboard.h"
#include "ExchangeDialogs.h"
#include "InlineRenamer.h"
#include "Preferences.h"
#include "commands/AddElementsCommand.h"
#include "commands/AlignCommand.h"
#include "commands/DiagramCommands.h"
#include "commands/EditElementCommand.h"
#include "commands/SetLibraryCommand.h"
#include "dialogs/PreferencesDialog.h"
#include "docks/DreadDock.h"
#include "docks/MitigationsDock.h"
#include "docks/ObjectivesDock.h"
#include "docks/OverviewDock.h"
#include "docks/PropertiesDock.h"
#include "docks/ThreatsDock.h"
#include "interop/ModelImporter.h"
#include "interop/RuleLibraryFile.h"
#include "model/IdGenerator.h"
#include "model/ModelStatistics.h"
#include "scene/ElementItem.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace latch {

namespace {

constexpr int maximumRecentFiles = 8;
const QString recentFilesKey = QStringLiteral("recentFiles");
const QString geometryKey = QStringLiteral("window/geometry");
const QString dockStateKey = QStringLiteral("window/docks");
// Bumped when the set of docks changes, so that an older saved layout is not applied.
constexpr int dockLayoutVersion = 1;
// Canvas room that no panel may take away.
constexpr QSize minimumCanvas(360, 240);
const QString fileFilter = QStringLiteral("Latch models (*.tmodel);;All files (*)");

} // namespace

MainWindow::MainWindow(Document* document, QWidget* parent)
    : QMainWindow(parent)
    , m_document(document ? document : newDocument())
    , m_view(new DiagramView)
    , m_tabs(new QTabBar)
    , m_history(new QUndoView(m_document->undoStack()))
    , m_properties(new PropertiesDock(m_document, this))
    , m_overview(new OverviewDock(m_view, this))
    , m_threats(new ThreatsDock(m_document, this))
    , m_dread(new DreadDock(m_document, this))
    , m_mitigations(new MitigationsDock(m_document, this))
    , m_objectives(new ObjectivesDock(m_document, this))
    , m_summary(new QLabel)
    , m_autosaver(
          new Autosaver(m_document, RecoveryStore(), Preferences::load().autosaveSeconds, this))
{
    m_document->setParent(this);
    setAttribute(Qt::WA_DeleteOnClose);

    auto* centre = new QWidget;
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    layout->addWidget(m_view);
    m_view->setMinimumSize(minimumCanvas);
    setCentralWidget(centre);

    m_summary->setObjectName(QStringLiteral("statusSummary"));
    statusBar()->addWidget(m_summary, 1); // hidden only while a passing message shows
    createDocks();
    createActions();
    createToolBar();
    refreshTabs();

    connect(m_tabs, &QTabBar::currentChanged, this, &MainWindow::showDiagram);
    connect(m_tabs, &QTabBar::tabBarDoubleClicked, this, &MainWindow::renameDiagram);
    connect(m_tabs, &QTabBar::tabMoved, this, [this](int, int to) {
        // The tab bar has moved the tab; make it a model change that can be undone.
        const QString id = m_tabs->tabData(to).toString();
        if (m_document->diagramIndex(id) != to)
            m_document->undoStack()->push(new MoveDiagramCommand(m_document, id, to));
    });
    connect(m_document, &Document::diagramsChanged, this, &MainWindow::refreshTabs);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::threatsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::threatChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::objectivesChanged, this, &MainWindow::updateStatus);
    updateTitle();
    updateStatus();
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
    m_view->showScene(nullptr);
    qDeleteAll(m_scenes);
    m_scenes.clear();
    // The panels read the document until they are gone: delete them first.
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
    const Preferences preferences = dialog.preferences();
    preferences.save();
    applyPreferences(preferences);
}

void MainWindow::applyPreferences(const Preferences& preferences)
{
    for (DiagramScene* scene : std::as_const(m_scenes)) {
        scene->setGridSize(preferences.gridSize);
        scene->setSnapToGrid(preferences.snapToGrid);
        scene->update();
    }
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
    window->addRecentFile(document->filePath());
    return window;
}

int MainWindow::offerRecovery(QWidget* parent)
{
    const RecoveryStore store;
    const QVector<RecoveryStore::Entry> entries = store.pending();
    if (entries.isEmpty())
        return 0;
    QStringList names;
    for (const RecoveryStore::Entry& entry : entries)
        names << (entry.originalPath.isEmpty() ? tr("an unsaved model") : entry.originalPath);
    const auto answer = QMessageBox::question(
        parent, tr("Restore unsaved work"),
        tr("Latch did not close normally. Restore the unsaved changes to:\n%1")
            .arg(names.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    int restored = 0;
    for (const RecoveryStore::Entry& entry : entries) {
        if (answer == QMessageBox::Yes) {
            QString error;
            if (Document* document =
                    Document::restore(entry.recoveryFile, entry.originalPath, &error)) {
                (new MainWindow(document))->show();
                ++restored;
            } else {
                QMessageBox::warning(parent, tr("Cannot restore"), error);
            }
        }
        store.discard(entry.key); // restored windows write their own copies from now on
    }
    return restored;
}

DiagramScene* MainWindow::currentScene() const
{
    return qobject_cast<DiagramScene*>(m_view->scene());
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
    // Starting sizes only: every panel scrolls, so none forces the window's size.
    resizeDocks({m_properties}, {360}, Qt::Horizontal);
    resizeDocks({m_properties, historyDock}, {500, 180}, Qt::Vertical);
    resizeDocks({m_threats}, {240}, Qt::Vertical);
    resizeDocks({m_threats, m_dread}, {900, 320}, Qt::Horizontal);

    connect(m_threats, &ThreatsDock::threatChosen, this, &MainWindow::revealElement);
    connect(m_threats, &ThreatsDock::currentThreatChanged, m_dread, &DreadDock::setThreat);
    connect(m_threats, &ThreatsDock::currentThreatChanged, m_mitigations,
            &MitigationsDock::setThreat);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newWindow);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                    [this] { ExchangeDialogs::importModel(this); });
    file->addAction(tr("Use Rule &Library…"), this,
                    [this] { ExchangeDialogs::useRuleLibrary(this); });
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
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
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, this, &MainWindow::cutSelection);
    edit->addAction(tr("&Copy"), QKeySequence::Copy, this, &MainWindow::copySelection);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, this, &MainWindow::paste);
    edit->addAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), this,
                    &MainWindow::duplicateSelection);
    edit->addSeparator();
    edit->addAction(tr("&Rename…"), QKeySequence(Qt::Key_F2), this, &MainWindow::renameSelection);
    edit->addAction(tr("&Delete"), QKeySequence::Delete, this, &MainWindow::deleteSelection);
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, this, [this] {
        if (DiagramScene* scene = currentScene())
            scene->selectAll();
    });
    edit->addSeparator();
    edit->addAction(tr("Pre&ferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this,
                    &MainWindow::editPreferences);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_view, &DiagramView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_view, &DiagramView::zoomOut);
    view->addAction(tr("&Fit to Diagram"), QKeySequence(Qt::CTRL | Qt::Key_0), m_view,
                    &DiagramView::zoomToFit);
    QAction* snap = view->addAction(tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(Preferences::load().snapToGrid);
    m_snapAction = snap;
    connect(snap, &QAction::toggled, this, [this](bool on) {
        for (DiagramScene* scene : std::as_const(m_scenes)) {
            scene->setSnapToGrid(on);
            scene->update();
        }
    });
    m_badges = view->addAction(tr("Risk &Badges"));
    m_badges->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_badges->setToolTip(tr("Show each element's unresolved threats; hide them for clean "
                            "screenshots"));
    m_badges->setCheckable(true);
    m_badges->setChecked(true);
    connect(m_badges, &QAction::toggled, this, [this](bool on) {
        for (DiagramScene* scene : std::as_const(m_scenes))
            scene->setBadgesVisible(on);
    });
    view->addSeparator();
    QMenu* panels = view->addMenu(tr("&Panels"));
    const QList<QDockWidget*> docks = findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks)
        panels->addAction(dock->toggleViewAction());

    QMenu* arrange = menuBar()->addMenu(tr("&Arrange"));
    const struct
    {
        QString text;
        AlignCommand::Edge edge;
    } alignments[] = {{tr("Align &Left"), AlignCommand::Edge::Left},
                      {tr("Align &Right"), AlignCommand::Edge::Right},
                      {tr("Align &Top"), AlignCommand::Edge::Top},
                      {tr("Align &Bottom"), AlignCommand::Edge::Bottom},
                      {tr("Centre &Horizontally"), AlignCommand::Edge::HorizontalCentre},
                      {tr("Centre &Vertically"), AlignCommand::Edge::VerticalCentre}};
    for (const auto& alignment : alignments)
        arrange->addAction(alignment.text, this,
                           [this, edge = alignment.edge] { align(int(edge)); });

    QMenu* diagram = menuBar()->addMenu(tr("&Diagram"));
    diagram->addAction(tr("&Add Diagram"), this, &MainWindow::addDiagram);
    diagram->addAction(tr("&Rename Diagram…"), this,
                       [this] { renameDiagram(m_tabs->currentIndex()); });
    diagram->addAction(tr("&Delete Diagram"), this, &MainWindow::removeDiagram);
    diagram->addSeparator();
    // The tabs by keyboard, as in browsers and terminals.
    diagram->addAction(
        tr("&Next Diagram"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this,
        [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    diagram->addAction(tr("&Previous Diagram"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this,
                       [this] {
                           m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) %
                                                   m_tabs->count());
                       });
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
    m_view->setDragMode(kind == DiagramScene::ToolKind::Select ? QGraphicsView::RubberBandDrag
                                                               : QGraphicsView::NoDrag);
}

void MainWindow::refreshTabs()
{
    const QString current = currentScene() ? currentScene()->diagramId() : QString();
    const QSignalBlocker block(m_tabs);
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    int select = 0;
    const auto& diagrams = m_document->model().diagrams;
    for (int i = 0; i < diagrams.size(); ++i) {
        m_tabs->addTab(diagrams.at(i).name);
        m_tabs->setTabData(i, diagrams.at(i).id);
        if (diagrams.at(i).id == current)
            select = i;
    }
    // Scenes of diagrams that are gone.
    for (auto it = m_scenes.begin(); it != m_scenes.end();) {
        if (m_document->diagramIndex(it.key()) < 0) {
            if (m_view->scene() == it.value())
                m_view->showScene(nullptr);
            delete it.value();
            it = m_scenes.erase(it);
        } else {
            ++it;
        }
    }
    m_tabs->setCurrentIndex(select);
    // A hidden tab bar does not tell its layout that it grew: without this it stays 0 px tall.
    m_tabs->updateGeometry();
    showDiagram(select);
}

void MainWindow::showDiagram(int tab)
{
    if (tab < 0)
        return;
    const QString id = m_tabs->tabData(tab).toString();
    DiagramScene* scene = m_scenes.value(id);
    if (!scene) {
        scene = new DiagramScene(m_document, id, this);
        connect(scene, &DiagramScene::toolChanged, this, [this](DiagramScene::ToolKind kind) {
            for (QAction* action : m_toolActions->actions())
                action->setChecked(action->data().toInt() == int(kind));
            m_view->setDragMode(kind == DiagramScene::ToolKind::Select
                                    ? QGraphicsView::RubberBandDrag
                                    : QGraphicsView::NoDrag);
        });
        connect(scene, &DiagramScene::elementDoubleClicked, this, &MainWindow::renameElement);
        scene->setBadgesVisible(m_badges->isChecked());
        const Preferences preferences = Preferences::load();
        scene->setGridSize(preferences.gridSize);
        scene->setSnapToGrid(m_snapAction ? m_snapAction->isChecked() : preferences.snapToGrid);
        m_scenes.insert(id, scene);
    }
    if (m_view->scene() != scene) {
        m_view->showScene(scene);
        m_properties->setScene(scene);
        m_overview->setScene(scene);
        m_threats->setScene(scene);
    }
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
    addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 4000);
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
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(dockStateKey, saveState(dockLayoutVersion));
}

void MainWindow::addRecentFile(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(recentFilesKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maximumRecentFiles)
        recent.removeLast();
    settings.setValue(recentFilesKey, recent);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentFilesKey).toStringList();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            QString error;
            if (MainWindow* window = openFile(path, &error))
                window->show();
            else
                QMessageBox::critical(this, tr("Cannot open"), error);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newWindow()
{
    (new MainWindow)->show();
}

void MainWindow::openDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open model"), QString(), fileFilter);
    if (path.isEmpty())
        return;
    QString error;
    MainWindow* window = openFile(path, &error);
    if (!window) {
        QMessageBox::critical(this, tr("Cannot open"), error);
        return;
    }
    window->show();
}

bool MainWindow::attachLibrary(const QString& path, QString* error)
{
    QStringList notes;
    const auto json = RuleLibraryFile::read(path, &notes, error);
    if (!json)
        return false;
    const QByteArray library = RuleLibraryFile::forEmbedding(*json);
    // Checked before the command is pushed, so that a bad library never half-applies.
    Model probe;
    if (RuleLibraryFile::attach(probe, library, path, error) < 0)
        return false;
    m_document->undoStack()->push(new SetLibraryCommand(
        m_document, library, tr("Use rule library %1").arg(QFileInfo(path).fileName())));
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

void MainWindow::deleteSelection()
{
    DiagramScene* scene = currentScene();
    if (!scene)
        return;
    const QStringList ids = scene->selectedIds();
    const QStringList flows = scene->attachedFlows(ids);
    if (!flows.isEmpty() &&
        QMessageBox::question(this, tr("Delete"),
                              tr("The selection has %n attached data flow(s). Delete them too?",
                                 nullptr, int(flows.size()))) != QMessageBox::Yes)
        return;
    scene->deleteElements(ids, true);
}

void MainWindow::copySelection()
{
    DiagramScene* scene = currentScene();
    if (!scene || scene->selectedIds().isEmpty())
        return;
    QApplication::clipboard()->setMimeData(
        ElementClipboard::copy(*m_document, scene->diagramId(), scene->selectedIds()));
}

void MainWindow::cutSelection()
{
    DiagramScene* scene = currentScene();
    if (!scene || scene->selectedIds().isEmpty())
        return;
    copySelection();
    scene->deleteElements(scene->selectedIds(), true);
}

void MainWindow::pasteElements(const QVector<Element>& elements, int offset)
{
    DiagramScene* scene = currentScene();
    if (!scene || elements.isEmpty())
        return;
    const QVector<Element> fresh = ElementClipboard::withFreshIds(elements, offset, offset);
    m_document->undoStack()->push(
        new AddElementsCommand(m_document, scene->diagramId(), fresh,
                               tr("Paste %n element(s)", nullptr, int(fresh.size()))));
    scene->clearSelection();
    for (const Element& element : fresh) {
        if (ElementItem* item = scene->itemFor(element.id))
            item->setSelected(true);
    }
}

void MainWindow::paste()
{
    QString error;
    const auto elements = ElementClipboard::paste(QApplication::clipboard()->mimeData(), &error);
    if (!elements) {
        statusBar()->showMessage(error, 6000);
        return;
    }
    pasteElements(*elements, 2 * (currentScene() ? currentScene()->gridSize() : 10));
}

void MainWindow::duplicateSelection()
{
    DiagramScene* scene = currentScene();
    if (!scene || scene->selectedIds().isEmpty())
        return;
    std::unique_ptr<QMimeData> copied(
        ElementClipboard::copy(*m_document, scene->diagramId(), scene->selectedIds()));
    QString error;
    if (const auto elements = ElementClipboard::paste(copied.get(), &error))
        pasteElements(*elements, 2 * (currentScene() ? currentScene()->gridSize() : 10));
}

void MainWindow::renameSelection()
{
    DiagramScene* scene = currentScene();
    if (scene && scene->selectedIds().size() == 1)
        renameElement(scene->selectedIds().first());
}

void MainWindow::renameElement(const QString& elementId)
{
    InlineRenamer::start(m_document, m_view, elementId);
}

void MainWindow::revealElement(const QString& elementId)
{
    const QString diagramId = m_document->diagramOf(elementId);
    if (diagramId.isEmpty())
        return; // an obsolete threat of a deleted element
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (m_tabs->tabData(tab).toString() == diagramId)
            m_tabs->setCurrentIndex(tab);
    }
    DiagramScene* scene = currentScene();
    if (!scene)
        return;
    scene->selectOnly(elementId);
    if (ElementItem* item = scene->itemFor(elementId))
        m_view->centerOn(item);
}

void MainWindow::align(int edge)
{
    DiagramScene* scene = currentScene();
    if (!scene)
        return;
    auto command =
        std::make_unique<AlignCommand>(m_document, scene->selectedIds(), AlignCommand::Edge(edge));
    if (command->isUseful())
        m_document->undoStack()->push(command.release());
}

void MainWindow::addDiagram()
{
    Diagram diagram;
    diagram.id = IdGenerator::newId(IdKind::Diagram);
    diagram.name = tr("Diagram %1").arg(m_document->model().diagrams.size() + 1);
    m_document->undoStack()->push(
        new AddDiagramCommand(m_document, diagram, m_document->model().diagrams.size()));
    m_tabs->setCurrentIndex(m_tabs->count() - 1);
}

void MainWindow::renameDiagram(int tab)
{
    if (tab < 0)
        return;
    const QString id = m_tabs->tabData(tab).toString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename diagram"), tr("Name:"),
                                               QLineEdit::Normal, m_tabs->tabText(tab), &ok);
    if (ok && !name.trimmed().isEmpty())
        m_document->undoStack()->push(new RenameDiagramCommand(m_document, id, name.trimmed()));
}

void MainWindow::removeDiagram()
{
    if (m_document->model().diagrams.size() <= 1) {
        QMessageBox::information(this, tr("Delete diagram"),
                                 tr("A model keeps at least one diagram."));
        return;
    }
    const QString id = m_tabs->tabData(m_tabs->currentIndex()).toString();
    m_document->undoStack()->push(new RemoveDiagramCommand(m_document, id));
}

} // namespace latch
