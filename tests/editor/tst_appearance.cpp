// High-DPI and dark palettes: the editor at twice the pixel density, and under a dark
// palette, keeps the canvas readable. Set LATCH_SCREENSHOT_DIR to keep screenshots.
#include "Screenshot.h"
#include "report/DiagramPainter.h"
#include "scene/DiagramScene.h"
#include "window/DiagramView.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace latch;
using latch::test::screenshot;

namespace {

std::unique_ptr<MainWindow> banking()
{
    QString error;
    std::unique_ptr<MainWindow> window(MainWindow::openFile(
        QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/online-banking.tmodel"), &error));
    if (!window)
        return nullptr;
    window->resize(1300, 850);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QTest::qWait(50);
    return window;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void highDpiDoublesThePixels();
    void darkPaletteKeepsTheCanvasReadable();
};

void TestAppearance::highDpiDoublesThePixels()
{
    // QT_SCALE_FACTOR=2 is set before the application starts (main below).
    auto window = banking();
    QVERIFY(window);
    QCOMPARE(window->devicePixelRatio(), 2.0);
    const QPixmap shot = window->grab();
    QCOMPARE(shot.devicePixelRatio(), 2.0);
    QCOMPARE(shot.width(), 2 * window->width());
    screenshot(shot.toImage(), "appearance-hidpi.png");
    // The canvas is drawn at full density: a badge's colour fills whole device pixels.
    DiagramView* view = window->view();
    const QImage canvas = view->viewport()->grab().toImage();
    QCOMPARE(canvas.width(), 2 * view->viewport()->width());
}

void TestAppearance::darkPaletteKeepsTheCanvasReadable()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    auto window = banking();
    QVERIFY(window);
    const QImage shot = window->grab().toImage();
    screenshot(shot, "appearance-dark.png");
    // The canvas stays a white page (corner of the view, where no element is), while the
    // panels follow the dark palette.
    const QImage canvas = window->view()->viewport()->grab().toImage();
    QCOMPARE(canvas.pixelColor(4, 4), QColor(Qt::white));
    QVERIFY(window->palette().color(QPalette::Window).lightness() < 80);
    QApplication::setPalette(QApplication::style()->standardPalette());
}

int main(int argc, char* argv[])
{
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestAppearance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appearance.moc"
