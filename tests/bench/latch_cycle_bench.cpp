// latch_cycle_bench: open -> generate -> save of a model file with its whole register, the
// cycle `latch-cli threats FILE --write` runs, phase by phase, with the process's peak memory.
// One size per run, so that the peak belongs to that size. With `fresh`, the file holds only
// the diagram (as `latch-cli generate` writes it) and the register is generated from nothing.
//
//   cmake --preset bench && cmake --build --preset bench --target latch_cycle_bench
//   build/bench/tests/bench/latch_cycle_bench 25000 [fresh]
#include "BenchTiming.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "format/ModelChecks.h"
#include "format/ModelFile.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "model/Model.h"
#include "model/SyntheticModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace latch;

namespace {

// The largest resident size of this process so far, in MiB (Linux: VmHWM).
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int size = arguments.size() > 1 ? arguments.at(1).toInt() : 25000;
    const bool fresh = arguments.contains(QStringLiteral("fresh"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.tmodel"));
    QString error;
    {
        // The file a user has after `generate` and a first `threats --write`.
        Model model = SyntheticModel::generate(size);
        const RuleLibrary library = RuleLibraryLoader::standard(nullptr);
        if (!fresh)
            ThreatGenerator(library).generate(model);
        if (!ModelFile::save(model, path, &error)) {
            std::fprintf(stderr, "latch_cycle_bench: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double before = peakMiB();

    QElapsedTimer clock;
    QElapsedTimer phase;
    clock.start();
    phase.start();
    auto lap = [&phase] {
        const double ms = double(phase.nsecsElapsed()) / 1e6;
        phase.restart();
        return ms;
    };
    const RuleLibrary library = RuleLibraryLoader::standard(nullptr);
    const double rules = lap();
    const auto bytes = ModelFile::readBytes(path, &error);
    const double readBytes = lap();
    auto model = bytes ? TmodelReader::read(*bytes, nullptr) : std::nullopt;
    const double parse = lap();
    if (!model) {
        std::fprintf(stderr, "latch_cycle_bench: the saved model did not load\n");
        return 1;
    }
    const GenerationReport report = ThreatGenerator(library).generate(*model);
    const double generate = lap();
    // The save, as ModelFile::save() does it, in its three parts.
    const bool sound = !ModelChecks::firstProblem(*model);
    const double check = lap();
    const QByteArray out = TmodelWriter::write(*model);
    const double write = lap();
    const bool saved = sound && ModelFile::writeAtomically(path, out, &error);
    const double store = lap();
    const double total = double(clock.nsecsElapsed()) / 1e6;
    if (!saved) {
        std::fprintf(stderr, "latch_cycle_bench: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("| elements | threats | file | rules | read file | parse + check | regenerate "
                "| check | write | store | total | peak RSS |\n"
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    std::printf(
        "| %d | %lld | %.1f MiB | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms "
        "| %.1f ms | %.1f ms | %.0f MiB (setup %.0f) |\n",
        size, static_cast<long long>(model->threats.size()),
        double(bytes->size()) / (1024.0 * 1024.0), rules, readBytes, parse, generate, check, write,
        store, total, peakMiB(), before);
    Q_UNUSED(report);
    return 0;
}
