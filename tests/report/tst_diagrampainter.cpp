// The drawing shared by the canvas and the exporters: geometry of anchors and flow paths, and
// a real render of an example model.
#include "ModelBuilder.h"
#include "format/ModelFile.h"
#include "model/FlowPath.h"
#include "report/DiagramPainter.h"

#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QTest>

using namespace latch;
using latch::test::ModelBuilder;

namespace {

bool near(QPointF a, QPointF b)
{
    return QLineF(a, b).length() < 0.01;
}

} // namespace

class TestDiagramPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anchorsOnOutlines();
    void flowPolylineRunsEdgeToEdge();
    void rendersExample();
    void labelsOnlyWhenLegible();
    void parallelFlowsDrawnApart();
    void labelBesideTheLineClearOfShapes();
    void draggedLabelStaysWhereItWasPut();
    void curvedFlowDrawnAlongItsCurve();
};

void TestDiagramPainter::anchorsOnOutlines()
{
    Element box;
    box.kind = ElementKind::Entity;
    box.bounds = {0, 0, 200, 100}; // centre (100, 50)
    QVERIFY(near(DiagramPainter::anchor(box, {400, 50}), {200, 50}));
    QVERIFY(near(DiagramPainter::anchor(box, {100, -300}), {100, 0}));
    QVERIFY(near(DiagramPainter::anchor(box, {300, 150}), {200, 100})); // through the corner

    Element circle;
    circle.kind = ElementKind::Process;
    circle.bounds = {0, 0, 100, 100}; // centre (50, 50), radius 50
    const QPointF diagonal = DiagramPainter::anchor(circle, {150, 150});
    QVERIFY(qAbs(QLineF(QPointF(50, 50), diagonal).length() - 50) < 0.01);
    QVERIFY(near(DiagramPainter::anchor(circle, {50, 50}), {50, 50})); // degenerate: the centre
}

void TestDiagramPainter::flowPolylineRunsEdgeToEdge()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("u"), QStringLiteral("User"), {0, 0, 100, 50})
        .box(ElementKind::Store, QStringLiteral("s"), QStringLiteral("DB"), {300, 200, 100, 50})
        .flow(QStringLiteral("f"), QStringLiteral("u"), QStringLiteral("s"), {{50, 225}});
    const Diagram& d = b.current();
    const QPolygonF path = DiagramPainter::flowPolyline(*d.findElement(QStringLiteral("f")),
                                                        d.findElement(QStringLiteral("u")),
                                                        d.findElement(QStringLiteral("s")));
    QCOMPARE(path.size(), 3);
    QVERIFY(near(path.at(0), {50, 50}));   // leaves the user's bottom edge towards the bend
    QVERIFY(near(path.at(1), {50, 225}));  // the bend point
    QVERIFY(near(path.at(2), {300, 225})); // enters the store's left edge
    QVERIFY(DiagramPainter::flowPolyline(*d.findElement(QStringLiteral("f")), nullptr,
                                         d.findElement(QStringLiteral("s")))
                .isEmpty());
}

void TestDiagramPainter::rendersExample()
{
    QString error;
    const auto model = ModelFile::load(
        QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/online-banking.tmodel"), &error);
    QVERIFY2(model, qPrintable(error));
    const Diagram& diagram = model->diagrams.first();
    const QRectF bounds = DiagramPainter::diagramBounds(diagram);
    for (const Element& e : diagram.elements) {
        if (e.kind != ElementKind::Flow)
            QVERIFY(
                bounds.contains(QRectF(e.bounds.x, e.bounds.y, e.bounds.width, e.bounds.height)));
    }
    QImage image(bounds.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.translate(-bounds.topLeft());
        DiagramPainter().paintDiagram(painter, diagram);
    }
    auto pixel = [&](double x, double y) {
        return image.pixelColor(QPointF(x, y).toPoint() - bounds.topLeft().toPoint());
    };
    const DiagramStyle style = DiagramStyle::standard();
    for (const Element& e : diagram.elements) {
        if (e.kind == ElementKind::Entity) // filled with the entity colour, off the label
            QCOMPARE(pixel(e.bounds.x + 3, e.bounds.y + 3), style.entityFill);
        if (e.kind == ElementKind::Process) // a circle: the box's corner stays blank
            QCOMPARE(pixel(e.bounds.x + 2, e.bounds.y + 2), QColor(Qt::white));
    }
    // Dashed red boundaries appear somewhere along each region's top edge.
    for (const Element& e : diagram.elements) {
        if (!e.isRegionBoundary())
            continue;
        int red = 0;
        for (int x = e.bounds.x + 10; x < e.bounds.x + e.bounds.width - 10; ++x)
            red += pixel(x, e.bounds.y).red() > 150 && pixel(x, e.bounds.y).green() < 120;
        QVERIFY2(red > 10, qPrintable(e.name));
    }
}

// A diagram seen whole at a tiny scale skips its labels (text of a pixel cannot be read, and
// laying it out for 25,000 shapes makes every repaint slow); at 100 % every label is drawn.
void TestDiagramPainter::labelsOnlyWhenLegible()
{
    Element process;
    process.kind = ElementKind::Process;
    process.name = QStringLiteral("Payments");
    process.bounds = {0, 0, 200, 200};
    const DiagramPainter painter;
    auto inkInside = [&](qreal scale) {
        QImage image(int(200 * scale), int(200 * scale), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.scale(scale, scale);
        painter.paintBox(p, process, false);
        p.end();
        // Dark pixels (text) in the middle of the circle, where only the label is.
        int dark = 0;
        const QRect middle(int(60 * scale), int(90 * scale), int(80 * scale), int(20 * scale));
        for (int y = middle.top(); y <= middle.bottom(); ++y)
            for (int x = middle.left(); x <= middle.right(); ++x)
                dark += qGray(image.pixel(x, y)) < 120;
        return dark;
    };
    QVERIFY(inkInside(1.0) > 20);
    QCOMPARE(inkInside(0.1), 0);
    QImage image(10, 10, QImage::Format_ARGB32);
    QPainter p(&image);
    QVERIFY(painter.legible(p));
    p.scale(0.1, 0.1);
    QVERIFY(!painter.legible(p));
}

void TestDiagramPainter::parallelFlowsDrawnApart()
{
    // A request and its reply between the same two boxes (centres at y = 30).
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("a"), QStringLiteral("A"), {0, 0, 100, 60})
        .box(ElementKind::Entity, QStringLiteral("b"), QStringLiteral("B"), {400, 0, 100, 60})
        .flow(QStringLiteral("f1"), QStringLiteral("a"), QStringLiteral("b"))
        .flow(QStringLiteral("f2"), QStringLiteral("b"), QStringLiteral("a"));
    const Diagram& d = b.current();
    const Element& f1 = d.elements[2];
    const Element& f2 = d.elements[3];
    const QVector<const Element*> between{&f1, &f2};
    const QPolygonF there = DiagramPainter::flowPolyline(f1, &d.elements[0], &d.elements[1],
                                                         FlowPath::laneOffset(f1, between));
    const QPolygonF back = DiagramPainter::flowPolyline(f2, &d.elements[1], &d.elements[0],
                                                        FlowPath::laneOffset(f2, between));
    QCOMPARE(there.size(), 2);
    QCOMPARE(back.size(), 2);
    // Horizontal, one lane spacing apart, each end on a box's side.
    QVERIFY(near(there.at(0), {100, 39}));
    QVERIFY(near(there.at(1), {400, 39}));
    QVERIFY(near(back.at(0), {400, 21}));
    QVERIFY(near(back.at(1), {100, 21}));
}

void TestDiagramPainter::labelBesideTheLineClearOfShapes()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("a"), QStringLiteral("A"), {0, 0, 100, 60})
        .box(ElementKind::Entity, QStringLiteral("b"), QStringLiteral("B"), {400, 0, 100, 60})
        .box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("P"), {210, -60, 80, 80})
        .flow(QStringLiteral("f"), QStringLiteral("a"), QStringLiteral("b"), {},
              QStringLiteral("Orders"));
    const Diagram& d = b.current();
    const Element& f = d.elements[3];
    const QPolygonF line = DiagramPainter::flowPolyline(f, &d.elements[0], &d.elements[1]);
    const DiagramPainter painter;
    // Alone, the label sits beside the line (y = 30) at its middle, above it, not over it.
    const QRectF alone = painter.flowLabelBox(line, f);
    QVERIFY(alone.bottom() < 30);
    QVERIFY(alone.left() < 250 && alone.right() > 250);
    // With a process just above the middle (down to y = 20), it goes below the line instead,
    // clear of the process and its badge.
    const QVector<QRectF> obstacles = DiagramPainter::labelObstacles(d.elements[2]);
    QCOMPARE(obstacles.size(), 2);
    const QRectF clear = painter.flowLabelBox(line, f, obstacles);
    QVERIFY(clear.top() > 30);
    QVERIFY(clear.left() < 250 && clear.right() > 250);
    for (const QRectF& o : obstacles)
        QVERIFY(!o.intersects(clear));
}

void TestDiagramPainter::draggedLabelStaysWhereItWasPut()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("a"), QStringLiteral("A"), {0, 0, 100, 60})
        .box(ElementKind::Entity, QStringLiteral("b"), QStringLiteral("B"), {400, 0, 100, 60})
        .flow(QStringLiteral("f"), QStringLiteral("a"), QStringLiteral("b"), {},
              QStringLiteral("Orders"));
    Diagram d = b.current();
    Element& f = d.elements[2];
    f.labelOffset = {20, 80};
    const QPolygonF line = DiagramPainter::flowPolyline(f, &d.elements[0], &d.elements[1]);
    QVERIFY(near(DiagramPainter::flowLabelAnchor(line, f), {250, 30}));
    QVERIFY(near(DiagramPainter().flowLabelBox(line, f).center(), {270, 110}));
}

void TestDiagramPainter::curvedFlowDrawnAlongItsCurve()
{
    // TMT's handle at (250, 230): the curve between the centres (50, 30) and (450, 30) passes it.
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("a"), QStringLiteral("A"), {0, 0, 100, 60})
        .box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("P"), {400, -20, 100, 100})
        .flow(QStringLiteral("f"), QStringLiteral("a"), QStringLiteral("p"), {{250, 230}});
    Diagram d = b.current();
    Element& f = d.elements[2];
    f.curved = true;
    const QPolygonF curve = DiagramPainter::flowPolyline(f, &d.elements[0], &d.elements[1]);
    QVERIFY(curve.size() > 20);
    // It starts on the entity's outline and ends on the process's circle.
    const QPointF start = curve.first();
    QVERIFY(std::abs(start.y() - 60) < 0.05 || std::abs(start.x() - 100) < 0.05);
    QVERIFY(std::abs(QLineF(QPointF(450, 30), curve.last()).length() - 50) < 0.05);
    bool passes = false;
    for (const QPointF& p : curve)
        passes = passes || QLineF(p, QPointF(250, 230)).length() < 0.5;
    QVERIFY(passes);
    // No corner at the handle: consecutive samples turn only a little.
    for (int i = 1; i + 1 < curve.size(); ++i) {
        const QLineF in(curve.at(i - 1), curve.at(i));
        const QLineF out(curve.at(i), curve.at(i + 1));
        if (in.length() < 0.5 || out.length() < 0.5)
            continue; // the sliver where the curve was cut at an outline
        QVERIFY(std::min(in.angleTo(out), 360 - in.angleTo(out)) < 20);
    }
    // Its label sits halfway along the curve: beside the handle.
    const QRectF label = DiagramPainter().flowLabelBox(curve, f);
    QVERIFY(QLineF(label.center(), QPointF(250, 230)).length() < 40);
}

QTEST_MAIN(TestDiagramPainter)
#include "tst_diagrampainter.moc"
