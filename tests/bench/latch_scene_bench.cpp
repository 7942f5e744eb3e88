// latch_scene_bench: how the editor copes with a large model. Builds the scene of a synthetic
// diagram, renders the whole diagram once at fit-to-window zoom and then a normal 100 % view,
// and pans across it. Best of several runs, milliseconds; figures in tests/bench/README.md.
//
//   QT_QPA_PLATFORM=offscreen build/bench/tests/bench/latch_scene_bench [ELEMENTS...]
#include "BenchTiming.h"
#include "Document.h"
#include "model/SyntheticModel.h"
#include "scene/DiagramScene.h"
#include "window/DiagramView.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>

using namespace latch;

using latch::bench::bestOf;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QList<int> sizes = latch::bench::sizesFromArguments({1000, 10000});

    std::printf("| elements | scene build | render whole diagram (1600x1000) | render 100 %% view "
                "| pan step |\n|---:|---:|---:|---:|---:|\n");
    for (int size : sizes) {
        Document document(SyntheticModel::generate(size));
        const QString diagramId = document.model().diagrams.first().id;
        std::unique_ptr<DiagramScene> scene;
        const double build = bestOf(3, [&] {
            scene.reset();
            scene = std::make_unique<DiagramScene>(&document, diagramId);
        });

        DiagramView view;
        view.resize(1600, 1000);
        view.setScene(scene.get());
        QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        auto renderView = [&] {
            frame.fill(Qt::white);
            QPainter painter(&frame);
            view.render(&painter);
        };
        view.zoomToFit();
        const double whole = bestOf(3, renderView);
        view.resetTransform();
        view.centerOn(scene->itemsBoundingRect().center());
        const double normal = bestOf(5, renderView);
        int step = 0;
        const double pan = bestOf(10, [&] {
            ++step;
            view.centerOn(scene->itemsBoundingRect().center() + QPointF(40.0 * step, 25.0 * step));
            renderView();
        });
        std::printf("| %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |\n", size, build, whole, normal,
                    pan);
    }
    return 0;
}
