// The drawing shared by the canvas and the exporters: geometry of anchors and flow paths, and
// a real render of an example model.
#include "ModelBuilder.h"
#include "format/ModelFile.h"
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

QTEST_MAIN(TestDiagramPainter)
#include "tst_diagrampainter.moc"
