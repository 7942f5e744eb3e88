// latch_bench: times the core operations on synthetic models of 1k, 10k, 25k (10k shapes and
// 15k flows) and 50k elements and prints Markdown tables for tests/bench/README.md. Best of
// several runs, in milliseconds.
//
//   cmake --preset bench && cmake --build --preset bench --target latch_bench
//   build/bench/tests/bench/latch_bench [ELEMENTS...]
#include "BenchTiming.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "model/BoundaryGeometry.h"
#include "model/Model.h"
#include "model/ModelIndex.h"
#include "model/SyntheticModel.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace latch;

using latch::bench::bestOf;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QList<int> sizes = latch::bench::sizesFromArguments({1000, 10000, 25000, 50000});

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

    QString error;
    RuleLibrary library;
    if (!RuleLibraryLoader::loadBuiltin(library, &error)) {
        std::fprintf(stderr, "latch_bench: %s\n", qPrintable(error));
        return 1;
    }
    std::printf(
        "\n| elements | shapes + flows | threats | full generation | regeneration, no change "
        "| incremental, one element |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|\n");
    for (int size : sizes) {
        const Model base = SyntheticModel::generate(size);
        int flows = 0;
        for (const Element& e : base.diagrams.first().elements)
            flows += e.kind == ElementKind::Flow;
        // Copying the model and freeing the previous register stay outside the timing.
        Model model;
        double full = std::numeric_limits<double>::max();
        for (int run = 0; run < 5; ++run) {
            model = base;
            full = std::min(full, bestOf(1, [&] { ThreatGenerator(library).generate(model); }));
        }
        ThreatGenerator generator(library);
        const double again = bestOf(3, [&] { generator.generate(model); });
        // Toggle a property on processes spread over the diagram, one update each.
        QVector<Element*> processes;
        for (Element& e : model.diagrams.first().elements) {
            if (e.kind == ElementKind::Process)
                processes.append(&e);
        }
        // The editor keeps one index of the model and hands it to every update; the index only
        // changes when elements come or go, which these edits never do.
        const ModelIndex index(model);
        constexpr int edits = 200;
        const qsizetype step = std::max<qsizetype>(1, processes.size() / edits);
        double incremental = std::numeric_limits<double>::max();
        for (qsizetype i = 0; i < processes.size(); i += step) {
            Element* process = processes.at(i);
            const bool limited = process->properties.value(QStringLiteral("rateLimited")).toBool();
            process->properties.insert(QStringLiteral("exposesApi"), true);
            process->properties.insert(QStringLiteral("rateLimited"), !limited);
            const QStringList changed{process->id};
            incremental = std::min(incremental,
                                   bestOf(1, [&] { generator.update(model, index, changed, {}); }));
        }
        // Mean of the same edits, which is what an editing session feels.
        QElapsedTimer timer;
        timer.start();
        int count = 0;
        for (qsizetype i = 0; i < processes.size(); i += step, ++count) {
            Element* process = processes.at(i);
            process->properties.insert(
                QStringLiteral("rateLimited"),
                !process->properties.value(QStringLiteral("rateLimited")).toBool());
            generator.update(model, index, {process->id}, {});
        }
        const double mean = double(timer.nsecsElapsed()) / 1e6 / std::max(count, 1);
        std::printf("| %d | %d + %d | %lld | %.1f ms | %.1f ms | %.3f ms best, %.3f ms mean |\n",
                    size, size - flows, flows, static_cast<long long>(model.threats.size()), full,
                    again, incremental, mean);
    }
    return 0;
}
