#include "DiagramTabs.h"

#include "DiagramView.h"
#include "Document.h"
#include "commands/DiagramCommands.h"
#include "model/IdGenerator.h"
#include "scene/DiagramScene.h"
#include "window/MainWindow.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QTabBar>
#include <QVBoxLayout>

namespace latch {

namespace {

// Canvas room that no panel may take away.
constexpr QSize minimumCanvas(360, 240);

} // namespace

DiagramTabs::DiagramTabs(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_tabs(new QTabBar)
    , m_view(new DiagramView)
    , m_marks(new CanvasMarks(document, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    layout->addWidget(m_view);
    m_view->setMinimumSize(minimumCanvas);

    connect(m_tabs, &QTabBar::currentChanged, this, &DiagramTabs::show);
    connect(m_tabs, &QTabBar::tabBarDoubleClicked, this, &DiagramTabs::renameDiagram);
    connect(m_tabs, &QTabBar::tabMoved, this, [this](int, int to) {
        // The tab bar has moved the tab; make it a model change that can be undone.
        const QString id = m_tabs->tabData(to).toString();
        if (m_document->diagramIndex(id) != to)
            m_document->undoStack()->push(new MoveDiagramCommand(m_document, id, to));
    });
    connect(m_document, &Document::diagramsChanged, this, &DiagramTabs::refresh);
}

DiagramTabs::~DiagramTabs()
{
    dropScenes();
}

void DiagramTabs::dropScenes()
{
    if (!m_document)
        return; // dropped already; the document may be gone
    disconnect(m_document, nullptr, this, nullptr);
    m_document = nullptr;
    m_view->showScene(nullptr);
    qDeleteAll(m_scenes);
    m_scenes.clear();
}

DiagramScene* DiagramTabs::currentScene() const
{
    return qobject_cast<DiagramScene*>(m_view->scene());
}

void DiagramTabs::setGridSize(int size)
{
    m_gridSize = size;
    for (DiagramScene* scene : std::as_const(m_scenes)) {
        scene->setGridSize(size);
        scene->update();
    }
}

void DiagramTabs::setSnapToGrid(bool on)
{
    m_snap = on;
    for (DiagramScene* scene : std::as_const(m_scenes)) {
        scene->setSnapToGrid(on);
        scene->update();
    }
}

void DiagramTabs::setBadgesVisible(bool on)
{
    m_badges = on;
    for (DiagramScene* scene : std::as_const(m_scenes))
        scene->setBadgesVisible(on);
}

void DiagramTabs::refresh()
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
    show(select);
}

void DiagramTabs::show(int tab)
{
    if (tab < 0)
        return;
    const QString id = m_tabs->tabData(tab).toString();
    DiagramScene* scene = m_scenes.value(id);
    if (!scene) {
        scene = new DiagramScene(m_document, id, this);
        scene->setBadgesVisible(m_badges);
        scene->setGridSize(m_gridSize);
        scene->setSnapToGrid(m_snap);
        scene->setMarks(m_marks);
        m_scenes.insert(id, scene);
        Q_EMIT sceneCreated(scene);
    }
    if (m_view->scene() != scene) {
        m_view->showScene(scene);
        Q_EMIT currentSceneChanged(scene);
    }
}

bool DiagramTabs::showDiagramOf(const QString& elementId)
{
    const QString diagramId = m_document->diagramOf(elementId);
    return !diagramId.isEmpty() && showDiagram(diagramId);
}

bool DiagramTabs::showDiagram(const QString& diagramId)
{
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (m_tabs->tabData(tab).toString() == diagramId) {
            m_tabs->setCurrentIndex(tab);
            return true;
        }
    }
    return false;
}

// The tabs by keyboard, as in browsers and terminals: round and round.
void DiagramTabs::showNext()
{
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
}

void DiagramTabs::showPrevious()
{
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
}

void DiagramTabs::addDiagram()
{
    Diagram diagram;
    diagram.id = IdGenerator::newId(IdKind::Diagram);
    diagram.name = MainWindow::tr("Diagram %1").arg(m_document->model().diagrams.size() + 1);
    m_document->undoStack()->push(
        new AddDiagramCommand(m_document, diagram, m_document->model().diagrams.size()));
    m_tabs->setCurrentIndex(m_tabs->count() - 1);
}

void DiagramTabs::renameDiagram(int tab)
{
    if (tab < 0)
        return;
    const QString id = m_tabs->tabData(tab).toString();
    bool ok = false;
    const QString name =
        QInputDialog::getText(window(), MainWindow::tr("Rename diagram"), MainWindow::tr("Name:"),
                              QLineEdit::Normal, m_tabs->tabText(tab), &ok);
    if (ok && !name.trimmed().isEmpty())
        m_document->undoStack()->push(new RenameDiagramCommand(m_document, id, name.trimmed()));
}

void DiagramTabs::removeCurrentDiagram()
{
    if (m_document->model().diagrams.size() <= 1) {
        QMessageBox::information(window(), MainWindow::tr("Delete diagram"),
                                 MainWindow::tr("A model keeps at least one diagram."));
        return;
    }
    const QString id = m_tabs->tabData(m_tabs->currentIndex()).toString();
    m_document->undoStack()->push(new RemoveDiagramCommand(m_document, id));
}

} // namespace latch
