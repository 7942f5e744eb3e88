// latch_bench: times the core operations on synthetic models of 1k, 10k and 50k elements and
// prints a Markdown table for tests/bench/README.md. Best of several runs, in milliseconds.
//
//   cmake --preset bench && cmake --build --preset bench --target latch_bench
//   build/bench/tests/bench/latch_bench [ELEMENTS...]
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "model/BoundaryGeometry.h"
#include "model/Model.h"
#include "model/SyntheticModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

using namespace latch;

namespace {

double bestOf(int runs, const std::function<void()>& work)
{
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString& argument : QCoreApplication::arguments().mid(1))
        sizes.append(argument.toInt());
    if (sizes.isEmpty())
        sizes = {1000, 10000, 50000};

    std::printf("| elements | file size | generate | save (write) | open (read) | crossings |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|\n");
    for (int size : sizes) {
        Model model;
        const double generate = bestOf(3, [&] { model = SyntheticModel::generate(size); });
        QByteArray bytes;
        const double write = bestOf(5, [&] { bytes = TmodelWriter::write(model); });
        bool ok = true;
        const double read = bestOf(5, [&] { ok = ok && TmodelReader::read(bytes, nullptr); });
        int crossings = 0;
        const double cross = bestOf(5, [&] {
            crossings = 0;
            for (const Diagram& d : model.diagrams) {
                const BoundaryGeometry geometry(d);
                for (const Element& e : d.elements) {
                    if (e.kind == ElementKind::Flow)
                        crossings += int(geometry.crossings(e).size());
                }
            }
        });
        if (!ok) {
            std::fprintf(stderr, "latch_bench: the generated model did not load\n");
            return 1;
        }
        std::printf("| %d | %.1f MiB | %.1f ms | %.1f ms | %.1f ms | %.1f ms (%d) |\n", size,
                    double(bytes.size()) / (1024.0 * 1024.0), generate, write, read, cross,
                    crossings);
    }
    return 0;
}
