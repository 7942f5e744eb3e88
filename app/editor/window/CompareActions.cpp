#include "CompareActions.h"

#include "DiagramTabs.h"
#include "DiagramView.h"
#include "Document.h"
#include "compare/Comparison.h"
#include "docks/ChangesDock.h"
#include "scene/CanvasMarks.h"
#include "scene/DiagramScene.h"
#include "scene/GhostItem.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

namespace latch {

CompareActions::CompareActions(Document* document, DiagramTabs* tabs, QMainWindow* window)
    : QObject(window)
    , m_document(document)
    , m_tabs(tabs)
    , m_window(window)
    , m_comparison(new Comparison(document, this))
    , m_dock(new ChangesDock(m_comparison, window))
{
    connect(m_comparison, &Comparison::changed, this, &CompareActions::comparisonChanged);
    connect(m_dock, &ChangesDock::changeChosen, this, &CompareActions::changeChosen);
}

CompareActions::~CompareActions()
{
    // The panel reads the comparison: it goes first.
    delete m_dock;
}

void CompareActions::addActions(QMenu* menu)
{
    menu->addAction(tr("Compare With &File…"), this, &CompareActions::compareWithFile);
    menu->addAction(tr("Compare With Re&vision…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D),
                    this, &CompareActions::compareWithRevision);
    QAction* end = menu->addAction(tr("End Co&mparison"), m_comparison, &Comparison::clear);
    end->setEnabled(false);
    connect(m_comparison, &Comparison::changed, end,
            [this, end] { end->setEnabled(m_comparison->isActive()); });
}

void CompareActions::compareWithFile()
{
    const QString start = QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Compare with"), start,
                                                      tr("Latch models (*.tmodel);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_comparison->compareWithFile(path, &error))
        refused(error);
}

void CompareActions::compareWithRevision()
{
    bool ok = false;
    const QString revision = QInputDialog::getText(
        m_window, tr("Compare with revision"),
        tr("Compare with the model as this git revision has it (a branch, a tag, a commit, "
           "HEAD for the last commit, HEAD~1 for the one before):"),
        QLineEdit::Normal, QStringLiteral("HEAD"), &ok);
    if (!ok)
        return;
    QString error;
    if (!m_comparison->compareWithRevision(revision, &error))
        refused(error);
}

void CompareActions::refused(const QString& error)
{
    QMessageBox::warning(m_window, tr("Compare"), error);
}

void CompareActions::comparisonChanged()
{
    CanvasMarks* marks = m_tabs->marks();
    const bool active = m_comparison->isActive();
    if (active)
        marks->showComparison(m_comparison->other(), m_comparison->changes());
    else
        marks->clearComparison();
    if (active && !m_wasActive) {
        m_dock->show();
        m_dock->raise();
    }
    m_wasActive = active;
}

void CompareActions::changeChosen(int index)
{
    const auto& changes = m_comparison->changes();
    const auto other = m_comparison->other();
    if (!other || index < 0 || index >= changes.size())
        return;
    const QString id = ModelDiff::elementOf(changes.at(index), *other, m_document->model());
    if (id.isEmpty())
        return;
    if (m_document->element(id)) {
        Q_EMIT elementChosen(id);
        return;
    }
    // Removed since: its ghost, on the diagram the other version had it on.
    const Diagram* diagram = other->diagramOf(id);
    if (!diagram || !m_tabs->showDiagram(diagram->id))
        return;
    if (DiagramScene* scene = m_tabs->currentScene()) {
        scene->clearSelection();
        if (GhostItem* ghost = scene->ghostFor(id))
            m_tabs->view()->centerOn(ghost);
    }
}

} // namespace latch
