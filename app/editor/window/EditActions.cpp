#include "EditActions.h"

#include "DiagramTabs.h"
#include "DiagramView.h"
#include "Document.h"
#include "ElementClipboard.h"
#include "InlineRenamer.h"
#include "commands/AddElementsCommand.h"
#include "commands/AlignCommand.h"
#include "commands/EditElementCommand.h"
#include "scene/DiagramScene.h"
#include "scene/ElementItem.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QUndoStack>

#include <memory>

namespace latch {

namespace {

QAction* makeAction(QObject* parent, const QString& text, const QKeySequence& key)
{
    auto* action = new QAction(text, parent);
    action->setShortcut(key);
    return action;
}

} // namespace

// Texts in MainWindow's translation context, where the menus have always been translated.
EditActions::EditActions(Document* document, DiagramTabs* tabs, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_tabs(tabs)
    , m_window(window)
    , m_cut(makeAction(window, MainWindow::tr("Cu&t"), QKeySequence::Cut))
    , m_copy(makeAction(window, MainWindow::tr("&Copy"), QKeySequence::Copy))
    , m_paste(makeAction(window, MainWindow::tr("&Paste"), QKeySequence::Paste))
    , m_duplicate(
          makeAction(window, MainWindow::tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D)))
    , m_rename(makeAction(window, MainWindow::tr("&Rename…"), QKeySequence(Qt::Key_F2)))
    , m_delete(makeAction(window, MainWindow::tr("&Delete"), QKeySequence::Delete))
    , m_selectAll(makeAction(window, MainWindow::tr("Select &All"), QKeySequence::SelectAll))
    , m_straighten(makeAction(window, MainWindow::tr("&Straighten Flow"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)))
{
    connect(m_straighten, &QAction::triggered, this, &EditActions::straightenSelection);
    connect(m_cut, &QAction::triggered, this, &EditActions::cutSelection);
    connect(m_copy, &QAction::triggered, this, &EditActions::copySelection);
    connect(m_paste, &QAction::triggered, this, &EditActions::pasteClipboard);
    connect(m_duplicate, &QAction::triggered, this, &EditActions::duplicateSelection);
    connect(m_rename, &QAction::triggered, this, [this] {
        if (DiagramScene* scene = m_tabs->currentScene(); scene && scene->selectedIds().size() == 1)
            renameElement(scene->selectedIds().first());
    });
    connect(m_delete, &QAction::triggered, this, &EditActions::deleteSelection);
    connect(m_selectAll, &QAction::triggered, this, [this] {
        if (DiagramScene* scene = m_tabs->currentScene())
            scene->selectAll();
    });
    const struct
    {
        QString text;
        AlignCommand::Edge edge;
    } alignments[] = {
        {MainWindow::tr("Align &Left"), AlignCommand::Edge::Left},
        {MainWindow::tr("Align &Right"), AlignCommand::Edge::Right},
        {MainWindow::tr("Align &Top"), AlignCommand::Edge::Top},
        {MainWindow::tr("Align &Bottom"), AlignCommand::Edge::Bottom},
        {MainWindow::tr("Centre &Horizontally"), AlignCommand::Edge::HorizontalCentre},
        {MainWindow::tr("Centre &Vertically"), AlignCommand::Edge::VerticalCentre}};
    for (const auto& alignment : alignments) {
        auto* action = new QAction(alignment.text, window);
        connect(action, &QAction::triggered, this,
                [this, edge = alignment.edge] { align(int(edge)); });
        m_alignments.append(action);
    }
    connect(m_tabs, &DiagramTabs::currentSceneChanged, this, &EditActions::follow);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &EditActions::updateEnabled);
    follow(m_tabs->currentScene());
}

void EditActions::addEditActions(QMenu* menu) const
{
    menu->addActions({m_cut, m_copy, m_paste, m_duplicate});
    menu->addSeparator();
    menu->addActions({m_rename, m_delete, m_selectAll});
}

void EditActions::addArrangeActions(QMenu* menu) const
{
    for (QAction* action : m_alignments)
        menu->addAction(action);
    menu->addSeparator();
    menu->addAction(m_straighten);
}

void EditActions::straightenSelection()
{
    if (!m_followed)
        return;
    QVector<Element> straightened;
    for (const QString& id : m_followed->selectedIds()) {
        const Element* e = m_document->element(id);
        if (e && e->kind == ElementKind::Flow && !e->points.isEmpty()) {
            straightened.append(*e);
            straightened.last().points.clear();
            straightened.last().curved = false; // nothing left to curve through
        }
    }
    if (straightened.isEmpty())
        return;
    QUndoStack* stack = m_document->undoStack();
    stack->beginMacro(MainWindow::tr("Straighten flow"));
    for (const Element& flow : std::as_const(straightened))
        stack->push(new EditElementCommand(m_document, flow, MainWindow::tr("Straighten flow")));
    stack->endMacro();
}

void EditActions::follow(DiagramScene* scene)
{
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = scene;
    if (scene) {
        connect(scene, &QGraphicsScene::selectionChanged, this, &EditActions::updateEnabled);
        connect(scene, &QObject::destroyed, this, [this, scene] {
            if (m_followed == scene)
                m_followed = nullptr;
        });
    }
    updateEnabled();
}

void EditActions::updateEnabled()
{
    const int selected = m_followed ? int(m_followed->selectedIds().size()) : 0;
    for (QAction* action : {m_cut, m_copy, m_duplicate, m_delete})
        action->setEnabled(selected > 0);
    m_rename->setEnabled(selected == 1);
    for (QAction* action : std::as_const(m_alignments))
        action->setEnabled(selected > 1);
    m_selectAll->setEnabled(m_followed != nullptr);
    bool flowSelected = false;
    if (m_followed) {
        for (const QString& id : m_followed->selectedIds()) {
            const Element* e = m_document->element(id);
            flowSelected = flowSelected || (e && e->kind == ElementKind::Flow);
        }
    }
    m_straighten->setEnabled(flowSelected);
    const QMimeData* clipboard = QApplication::clipboard()->mimeData();
    // Text may be a model copied from an editor: pasting tells when it is not.
    m_paste->setEnabled(
        m_followed && clipboard &&
        (clipboard->hasFormat(QLatin1String(ElementClipboard::mimeType)) || clipboard->hasText()));
}

void EditActions::renameElement(const QString& elementId)
{
    InlineRenamer::start(m_document, m_tabs->view(), elementId);
}

void EditActions::deleteSelection()
{
    DiagramScene* scene = m_tabs->currentScene();
    if (!scene)
        return;
    const QStringList ids = scene->selectedIds();
    const QStringList flows = scene->attachedFlows(ids);
    if (!flows.isEmpty() &&
        QMessageBox::question(
            m_window, MainWindow::tr("Delete"),
            MainWindow::tr("The selection has %n attached data flow(s). Delete them too?", nullptr,
                           int(flows.size()))) != QMessageBox::Yes)
        return;
    scene->deleteElements(ids, true);
}

void EditActions::copySelection()
{
    DiagramScene* scene = m_tabs->currentScene();
    if (!scene || scene->selectedIds().isEmpty())
        return;
    QApplication::clipboard()->setMimeData(
        ElementClipboard::copy(*m_document, scene->diagramId(), scene->selectedIds()));
}

void EditActions::cutSelection()
{
    DiagramScene* scene = m_tabs->currentScene();
    if (!scene || scene->selectedIds().isEmpty())
        return;
    copySelection();
    scene->deleteElements(scene->selectedIds(), true);
}

void EditActions::pasteElements(const QVector<Element>& elements, int offset)
{
    DiagramScene* scene = m_tabs->currentScene();
    if (!scene || elements.isEmpty())
        return;
    const QVector<Element> fresh = ElementClipboard::withFreshIds(elements, offset, offset);
    m_document->undoStack()->push(
        new AddElementsCommand(m_document, scene->diagramId(), fresh,
                               MainWindow::tr("Paste %n element(s)", nullptr, int(fresh.size()))));
    scene->clearSelection();
    for (const Element& element : fresh) {
        if (ElementItem* item = scene->itemFor(element.id))
            item->setSelected(true);
    }
}

void EditActions::pasteClipboard()
{
    QString error;
    const auto elements = ElementClipboard::paste(QApplication::clipboard()->mimeData(), &error);
    if (!elements) {
        Q_EMIT message(error);
        return;
    }
    DiagramScene* scene = m_tabs->currentScene();
    pasteElements(*elements, 2 * (scene ? scene->gridSize() : 10));
}

void EditActions::duplicateSelection()
{
    DiagramScene* scene = m_tabs->currentScene();
    if (!scene || scene->selectedIds().isEmpty())
        return;
    std::unique_ptr<QMimeData> copied(
        ElementClipboard::copy(*m_document, scene->diagramId(), scene->selectedIds()));
    QString error;
    if (const auto elements = ElementClipboard::paste(copied.get(), &error))
        pasteElements(*elements, 2 * scene->gridSize());
}

void EditActions::align(int edge)
{
    DiagramScene* scene = m_tabs->currentScene();
    if (!scene)
        return;
    auto command =
        std::make_unique<AlignCommand>(m_document, scene->selectedIds(), AlignCommand::Edge(edge));
    if (command->isUseful())
        m_document->undoStack()->push(command.release());
}

} // namespace latch
