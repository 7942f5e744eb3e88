// Drives the real editor widgets on the offscreen platform: tools, mouse gestures, undo, save.
// Set LATCH_SCREENSHOT_DIR to keep screenshots of what the tests saw.
#include "Autosaver.h"
#include "Document.h"
#include "ModelBuilder.h"
#include "Screenshot.h"
#include "WindowTesting.h"
#include "commands/AddElementsCommand.h"
#include "docks/OverviewDock.h"
#include "docks/PropertiesDock.h"
#include "docks/ThreatTableModel.h"
#include "docks/ThreatsDock.h"
#include "format/TmodelWriter.h"
#include "model/ModelStatistics.h"
#include "register/ThreatRepeats.h"
#include "scene/DiagramScene.h"
#include "scene/ElementItem.h"
#include "scene/FlowItem.h"
#include "window/DiagramView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace latch;
using latch::test::actionNamed;
using latch::test::example;
using latch::test::screenshot;

namespace {

QPoint onView(MainWindow* window, QPointF scenePos)
{
    return window->view()->mapFromScene(scenePos);
}

QVector<Element> elementsOfKind(const Document* document, ElementKind kind)
{
    QVector<Element> found;
    for (const Element& e : document->model().diagrams.first().elements) {
        if (e.kind == kind)
            found.append(e);
    }
    return found;
}

QPointF centreOf(const Element& e)
{
    return QPointF(e.bounds.x + e.bounds.width / 2.0, e.bounds.y + e.bounds.height / 2.0);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Settings, recent files and recovery copies go to a test location, not the user's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void opensExampleWithEveryElement();
    void refusesBrokenFile();
    void drawsWithToolsAndMouse();
    void deleteTakesAttachedFlows();
    void propertiesFromSchema();
    void resizeAndReconnectByHandles();
    void renameInPlaceAlignAndOverview();
    void lineBoundaryAndTabOrder();
    void threatsPanel();
};

void TestMainWindow::opensExampleWithEveryElement()
{
    QString error;
    std::unique_ptr<MainWindow> window(
        MainWindow::openFile(example("fitness-platform.tmodel"), &error));
    QVERIFY2(window, qPrintable(error));
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const Model& model = window->document()->model();
    QCOMPARE(window->diagramTabs()->count(), int(model.diagrams.size()));
    QCOMPARE(window->diagramTabs()->tabText(1), model.diagrams.at(1).name);
    DiagramScene* scene = window->currentScene();
    QVERIFY(scene);
    for (const Element& e : model.diagrams.first().elements)
        QVERIFY2(scene->itemFor(e.id), qPrintable(e.name));
    QVERIFY(window->windowTitle().startsWith(QLatin1String("fitness-platform.tmodel")));
    QVERIFY(!window->isWindowModified());
    window->view()->zoomToFit();
    screenshot(window.get(), "fitness-overview.png");
    window->diagramTabs()->setCurrentIndex(1);
    QCOMPARE(window->currentScene()->diagramId(), model.diagrams.at(1).id);
    screenshot(window.get(), "fitness-bola.png");
}

void TestMainWindow::refusesBrokenFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.tmodel"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"latch.tmodel\", \"version\": 2, \"diagrams\": [");
    file.close();
    QString error;
    QVERIFY(!MainWindow::openFile(path, &error));
    QVERIFY2(error.startsWith(path + QStringLiteral(":1:")), qPrintable(error));
}

void TestMainWindow::drawsWithToolsAndMouse()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Document* document = window.document();
    const QByteArray blank = TmodelWriter::write(document->model());
    QWidget* viewport = window.view()->viewport();
    window.view()->resetTransform();
    window.view()->centerOn(400, 300);

    // One click per kind, with the tools the palette and the keys select.
    const struct
    {
        DiagramScene::ToolKind tool;
        ElementKind kind;
        QPointF at;
    } shapes[] = {{DiagramScene::ToolKind::Entity, ElementKind::Entity, {150, 200}},
                  {DiagramScene::ToolKind::Process, ElementKind::Process, {450, 200}},
                  {DiagramScene::ToolKind::Store, ElementKind::Store, {700, 200}},
                  {DiagramScene::ToolKind::Note, ElementKind::Note, {450, 450}}};
    for (const auto& shape : shapes) {
        window.setTool(shape.tool);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, onView(&window, shape.at));
        QTRY_COMPARE(window.currentScene()->tool(), DiagramScene::ToolKind::Select);
        const QVector<Element> made = elementsOfKind(document, shape.kind);
        QCOMPARE(made.size(), 1);
        QCOMPARE(centreOf(made.first()), shape.at);
    }
    // A boundary is dragged out.
    window.setTool(DiagramScene::ToolKind::Boundary);
    QTest::mousePress(viewport, Qt::LeftButton, {}, onView(&window, {320, 100}));
    QTest::mouseMove(viewport, onView(&window, {600, 320}));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, onView(&window, {850, 320}));
    QTRY_COMPARE(elementsOfKind(document, ElementKind::Boundary).size(), 1);
    QCOMPARE(elementsOfKind(document, ElementKind::Boundary).first().bounds,
             (Rect{320, 100, 530, 220}));

    // A flow is dragged from the entity to the process.
    const Element entity = elementsOfKind(document, ElementKind::Entity).first();
    const Element process = elementsOfKind(document, ElementKind::Process).first();
    window.setTool(DiagramScene::ToolKind::Flow);
    QTest::mousePress(viewport, Qt::LeftButton, {}, onView(&window, centreOf(entity)));
    QTest::mouseMove(viewport, onView(&window, {300, 200}));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, onView(&window, centreOf(process)));
    QTRY_COMPARE(elementsOfKind(document, ElementKind::Flow).size(), 1);
    const Element flow = elementsOfKind(document, ElementKind::Flow).first();
    QCOMPARE(flow.source, entity.id);
    QCOMPARE(flow.target, process.id);
    QVERIFY(window.isWindowModified());
    screenshot(&window, "drawn.png");

    // Dragging the entity moves it, in one undo step, and its flow follows. (Alt: by the grid
    // alone, not pulled onto the process's edge by an alignment guide.)
    QTRY_COMPARE(window.currentScene()->tool(), DiagramScene::ToolKind::Select);
    const int steps = document->undoStack()->count();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::AltModifier, onView(&window, centreOf(entity)));
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(viewport, onView(&window, centreOf(entity) + QPointF(12 * i, 8 * i)));
    QTest::mouseRelease(viewport, Qt::LeftButton, {},
                        onView(&window, centreOf(entity) + QPointF(60, 40)));
    const Element moved = *document->element(entity.id);
    QCOMPARE(moved.bounds.x, entity.bounds.x + 60);
    QCOMPARE(moved.bounds.y, entity.bounds.y + 40);
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(window.currentScene()->selectedIds(), QStringList{entity.id});

    // Undo everything: back to the blank model, and not modified.
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QCOMPARE(TmodelWriter::write(document->model()), blank);
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.currentScene()->items().size(), 0);
    // Redo everything, save, reopen: the same model.
    while (document->undoStack()->canRedo())
        document->undoStack()->redo();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drawn.tmodel"));
    QVERIFY(window.saveAs(path));
    QVERIFY(!window.isWindowModified());
    QString error;
    std::unique_ptr<Document> reopened(Document::open(path, &error));
    QVERIFY2(reopened, qPrintable(error));
    QVERIFY(reopened->model() == document->model());
    QCOMPARE(reopened->model().diagrams.first().elements.size(), 6);
}

void TestMainWindow::deleteTakesAttachedFlows()
{
    QString error;
    std::unique_ptr<MainWindow> window(
        MainWindow::openFile(example("online-banking.tmodel"), &error));
    QVERIFY(window);
    Document* document = window->document();
    const QByteArray before = TmodelWriter::write(document->model());
    DiagramScene* scene = window->currentScene();
    const Element* gateway = nullptr;
    for (const Element& e : document->model().diagrams.first().elements) {
        if (e.name == QLatin1String("API gateway"))
            gateway = &e;
    }
    QVERIFY(gateway);
    const QString gatewayId = gateway->id;
    const QStringList flows = scene->attachedFlows({gatewayId});
    QVERIFY(flows.size() >= 4);
    scene->deleteElements({gatewayId}, false); // refused: the flows would dangle
    QVERIFY(document->element(gatewayId));
    scene->deleteElements({gatewayId}, true);
    QVERIFY(!document->element(gatewayId));
    for (const QString& flow : flows) {
        QVERIFY(!document->element(flow));
        QVERIFY(!scene->itemFor(flow));
    }
    document->undoStack()->undo();
    QCOMPARE(TmodelWriter::write(document->model()), before);
    QVERIFY(scene->itemFor(gatewayId));
}

void TestMainWindow::propertiesFromSchema()
{
    QString error;
    std::unique_ptr<MainWindow> window(
        MainWindow::openFile(example("online-banking.tmodel"), &error));
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    Document* document = window->document();
    const QByteArray before = TmodelWriter::write(document->model());
    QString flowId;
    for (const Element& e : document->model().diagrams.first().elements) {
        if (e.kind == ElementKind::Flow &&
            !e.properties.value(QStringLiteral("encrypted")).toBool())
            flowId = e.id;
    }
    QVERIFY(!flowId.isEmpty());
    window->currentScene()->selectOnly(flowId);
    PropertiesDock* dock = window->propertiesDock();
    QCOMPARE(dock->elementId(), flowId);
    screenshot(window.get(), "properties-selected.png");

    // Widgets come from the library's flow schema: a check box for a flag, a list for an enum.
    auto* encrypted = dock->findChild<QCheckBox*>(QStringLiteral("property:encrypted"));
    auto* authentication = dock->findChild<QComboBox*>(QStringLiteral("property:authentication"));
    QVERIFY(encrypted && authentication);
    QVERIFY(!encrypted->isChecked());
    QVERIFY(authentication->count() >= 5);
    encrypted->click();
    QCOMPARE(document->element(flowId)->properties.value(QStringLiteral("encrypted")),
             QVariant(true));

    // Typing a description is one undo step.
    const int steps = document->undoStack()->count();
    auto* description = dock->findChild<QPlainTextEdit*>(QStringLiteral("description"));
    QVERIFY(description);
    description->setFocus();
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, QStringLiteral("TLS terminates at the gateway"));
    QCOMPARE(document->element(flowId)->description.right(29),
             QStringLiteral("TLS terminates at the gateway"));
    QCOMPARE(document->undoStack()->count(), steps + 1);

    auto* name = dock->findChild<QLineEdit*>(QStringLiteral("name"));
    name->setText(QStringLiteral("Renamed flow"));
    Q_EMIT name->editingFinished();
    QCOMPARE(document->element(flowId)->name, QStringLiteral("Renamed flow"));

    // Undo all: the model and the panel go back.
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QCOMPARE(TmodelWriter::write(document->model()), before);
    encrypted = dock->findChild<QCheckBox*>(QStringLiteral("property:encrypted"));
    QVERIFY(encrypted && !encrypted->isChecked());
    screenshot(window.get(), "properties.png");
}

void TestMainWindow::resizeAndReconnectByHandles()
{
    latch::test::ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("User"), {0, 0, 140, 70})
        .box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("API"), {300, 0, 110, 110})
        .box(ElementKind::Store, QStringLiteral("s"), QStringLiteral("DB"), {300, 300, 160, 60})
        .flow(QStringLiteral("f"), QStringLiteral("u"), QStringLiteral("p"));
    MainWindow window(new Document(b.model()));
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.view()->resetTransform();
    window.view()->centerOn(250, 200);
    QWidget* viewport = window.view()->viewport();
    Document* document = window.document();
    const QByteArray before = TmodelWriter::write(document->model());

    // Resize the store by its corner handle: one undo step, snapped to the grid.
    window.currentScene()->selectOnly(QStringLiteral("s"));
    QTest::mousePress(viewport, Qt::LeftButton, {}, onView(&window, {460, 360}));
    QTest::mouseMove(viewport, onView(&window, {480, 370}));
    QTest::mouseMove(viewport, onView(&window, {500, 392}));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, onView(&window, {500, 392}));
    QCOMPARE(document->element(QStringLiteral("s"))->bounds, (Rect{300, 300, 200, 90}));
    QCOMPARE(document->undoStack()->count(), 1);

    // Drag the flow's head from the API onto the store.
    window.currentScene()->selectOnly(QStringLiteral("f"));
    const QPointF head =
        static_cast<FlowItem*>(window.currentScene()->itemFor(QStringLiteral("f")))->path().last();
    QTest::mousePress(viewport, Qt::LeftButton, {}, onView(&window, head));
    QTest::mouseMove(viewport, onView(&window, {380, 330}));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, onView(&window, {380, 340}));
    QCOMPARE(document->element(QStringLiteral("f"))->target, QStringLiteral("s"));
    QCOMPARE(document->element(QStringLiteral("f"))->source, QStringLiteral("u"));
    // The flow's drawn path now ends at the store.
    const QPointF end =
        static_cast<FlowItem*>(window.currentScene()->itemFor(QStringLiteral("f")))->path().last();
    QVERIFY(QRectF(300, 300, 200, 90).adjusted(-1, -1, 1, 1).contains(end));
    // The gesture selected nothing else on its way.
    QCOMPARE(window.currentScene()->selectedIds(), QStringList{QStringLiteral("f")});
    screenshot(&window, "handles.png");
    QCOMPARE(document->undoStack()->count(), 2);

    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(TmodelWriter::write(document->model()), before);
}

void TestMainWindow::renameInPlaceAlignAndOverview()
{
    latch::test::ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("User"), {0, 0, 140, 70})
        .box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("API"), {35, 200, 110, 110})
        .box(ElementKind::Store, QStringLiteral("s"), QStringLiteral("DB"), {10, 400, 160, 60});
    MainWindow window(new Document(b.model()));
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Document* document = window.document();
    QWidget* viewport = window.view()->viewport();

    // Double click opens an editor over the shape; Enter renames; Escape would cancel.
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, onView(&window, {90, 255}));
    auto* editor = viewport->findChild<QLineEdit*>(QStringLiteral("inlineRenamer"));
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->text(), QStringLiteral("API"));
    QTest::keyClicks(editor, QStringLiteral("Orders API"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(document->element(QStringLiteral("p"))->name, QStringLiteral("Orders API"));
    QCOMPARE(document->undoStack()->count(), 1);

    window.currentScene()->selectOnly(QStringLiteral("u"));
    QAction* rename = actionNamed(&window, "&Rename…");
    QVERIFY(rename);
    rename->trigger();
    QTRY_VERIFY(viewport->findChild<QLineEdit*>(QStringLiteral("inlineRenamer")));
    editor = viewport->findChild<QLineEdit*>(QStringLiteral("inlineRenamer"));
    QTest::keyClicks(editor, QStringLiteral("Nobody"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(document->element(QStringLiteral("u"))->name, QStringLiteral("User"));
    QCOMPARE(document->undoStack()->count(), 1);

    // Align the three on their left edges: one step.
    window.currentScene()->selectAll();
    actionNamed(&window, "Align &Left")->trigger();
    for (const char* id : {"u", "p", "s"})
        QCOMPARE(document->element(QLatin1String(id))->bounds.x, 0);
    QCOMPARE(document->undoStack()->count(), 2);
    actionNamed(&window, "Centre &Horizontally")->trigger();
    QCOMPARE(document->element(QStringLiteral("s"))->bounds.x, 0);  // the widest
    QCOMPARE(document->element(QStringLiteral("p"))->bounds.x, 25); // (0 + 160) / 2 - 55
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(document->element(QStringLiteral("p"))->bounds.x, 35);

    // The overview shows the same scene; a click there moves the canvas.
    auto* overview = window.findChild<OverviewView*>(QStringLiteral("overview"));
    QVERIFY(overview);
    QCOMPARE(overview->scene(), window.view()->scene());
    window.view()->setTransform(QTransform::fromScale(6, 6)); // so that the canvas can scroll
    window.view()->centerOn(90, 30);
    const QPointF target(80, 300); // far enough from the scene's edges to be centred
    QTest::mouseClick(overview->viewport(), Qt::LeftButton, {}, overview->mapFromScene(target));
    const QPointF centre = window.view()->mapToScene(window.view()->viewport()->rect().center());
    QVERIFY2(QLineF(centre, target).length() < 10,
             qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
}

void TestMainWindow::lineBoundaryAndTabOrder()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.view()->resetTransform();
    window.view()->centerOn(300, 200);
    Document* document = window.document();
    QWidget* viewport = window.view()->viewport();

    // L: an open boundary line, dragged from one end to the other.
    window.setTool(DiagramScene::ToolKind::BoundaryLine);
    QTest::mousePress(viewport, Qt::LeftButton, {}, onView(&window, {200, 50}));
    QTest::mouseMove(viewport, onView(&window, {200, 200}));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, onView(&window, {200, 350}));
    QTRY_COMPARE(elementsOfKind(document, ElementKind::Boundary).size(), 1);
    const Element line = elementsOfKind(document, ElementKind::Boundary).first();
    QVERIFY(line.isLineBoundary());
    QCOMPARE(line.points, (QVector<Point>{{200, 50}, {200, 350}}));
    QVERIFY(window.currentScene()->itemFor(line.id));

    // Reordering the diagram tabs reorders the model's diagrams, undoably.
    QAction* add = actionNamed(&window, "&Add Diagram");
    QVERIFY(add);
    add->trigger();
    const QString first = document->model().diagrams.at(0).id;
    window.diagramTabs()->moveTab(1, 0);
    QCOMPARE(document->model().diagrams.at(1).id, first);
    QCOMPARE(window.diagramTabs()->tabData(1).toString(), first);
    document->undoStack()->undo();
    QCOMPARE(document->model().diagrams.at(0).id, first);
    QCOMPARE(window.diagramTabs()->tabData(0).toString(), first);
}

void TestMainWindow::threatsPanel()
{
    QString error;
    std::unique_ptr<MainWindow> window(
        MainWindow::openFile(example("online-banking.tmodel"), &error));
    QVERIFY(window);
    window->resize(1400, 900);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    Document* document = window->document();
    ThreatsDock* dock = window->threatsDock();
    QTableView* table = dock->table();
    const ModelStatistics stats = ModelStatistics::of(document->model());
    // Every live threat, none of the obsolete ones, each weakness once (the example's six
    // repeats are listed with the threats they repeat: tst_threatrepeats), highest risk first.
    const ThreatRepeats repeats(document->model());
    QCOMPARE(repeats.repeatCount(), 6);
    QCOMPARE(dock->visibleCount(), stats.totalThreats - stats.obsoleteThreats - 6);
    const double top = table->model()
                           ->index(0, ThreatTableModel::Risk)
                           .data(ThreatTableModel::SortRole)
                           .toDouble();
    for (int row = 1; row < table->model()->rowCount(); ++row)
        QVERIFY(table->model()
                    ->index(row, ThreatTableModel::Risk)
                    .data(ThreatTableModel::SortRole)
                    .toDouble() <= top);

    // Filters: a category, an OWASP entry, text.
    auto* category = dock->findChild<QComboBox*>(QStringLiteral("categoryFilter"));
    category->setCurrentIndex(category->findData(QStringLiteral("repudiation")));
    int repudiation = 0;
    for (const Threat& t : document->model().threats)
        repudiation +=
            !t.obsolete && t.category == QLatin1String("repudiation") && !repeats.isRepeat(t.id);
    QCOMPARE(dock->visibleCount(), repudiation);
    category->setCurrentIndex(0);
    auto* owasp = dock->findChild<QComboBox*>(QStringLiteral("owaspFilter"));
    owasp->setCurrentIndex(owasp->findData(QStringLiteral("API1:2023")));
    QVERIFY(dock->visibleCount() > 0);
    for (int row = 0; row < dock->visibleCount(); ++row)
        QVERIFY(table->model()
                    ->index(row, 0)
                    .data(ThreatTableModel::ReferencesRole)
                    .toStringList()
                    .contains(QStringLiteral("API1:2023")));
    owasp->setCurrentIndex(0);
    auto* search = dock->findChild<QLineEdit*>(QStringLiteral("threatSearch"));
    search->setText(QStringLiteral("KYC"));
    QVERIFY(dock->visibleCount() > 0 && dock->visibleCount() < 30);
    search->clear();

    // Choosing a threat selects and centres its element.
    table->selectRow(0);
    const QString elementId =
        table->model()->index(0, 0).data(ThreatTableModel::ElementIdRole).toString();
    QCOMPARE(window->currentScene()->selectedIds(), QStringList{elementId});
    // "Selection only" narrows the list to the selected element's threats.
    auto* only = dock->findChild<QCheckBox*>();
    QVERIFY(only);
    only->setChecked(true);
    int ofElement = 0;
    for (const Threat& t : document->model().threats)
        ofElement += !t.obsolete && t.element == elementId && !repeats.isRepeat(t.id);
    QCOMPARE(dock->visibleCount(), ofElement);
    screenshot(window.get(), "threats.png");

    // Live: an edit that adds threats shows them at once.
    only->setChecked(false);
    const int before = dock->visibleCount();
    Element extra;
    extra.id = QStringLiteral("e-extra");
    extra.kind = ElementKind::Entity;
    extra.name = QStringLiteral("Auditor");
    extra.bounds = {0, 900, 140, 70};
    document->undoStack()->push(new AddElementsCommand(
        document, document->model().diagrams.first().id, {extra}, QStringLiteral("Add")));
    QVERIFY(dock->visibleCount() > before);
    document->undoStack()->undo();
    QCOMPARE(dock->visibleCount(), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
