// latch_open_bench: opening a model with its whole register in the editor, as a user does:
// from the file to a window on screen with its panels filled, phase by phase. One size per run
// (the register is generated and saved first, outside the timing).
//
//   cmake --preset bench && cmake --build --preset bench --target latch_open_bench
//   QT_QPA_PLATFORM=offscreen build/bench/tests/bench/latch_open_bench 25000
#include "Document.h"
#include "commands/MoveElementsCommand.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "format/ModelFile.h"
#include "model/Model.h"
#include "model/SyntheticModel.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <limits>

using namespace latch;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no recovery copies or settings of the user's
    const QStringList arguments = QCoreApplication::arguments();
    const int size = arguments.size() > 1 ? arguments.at(1).toInt() : 25000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.tmodel"));
    QString error;
    qsizetype threats = 0;
    {
        Model model = SyntheticModel::generate(size);
        const RuleLibrary library = RuleLibraryLoader::standard(nullptr);
        ThreatGenerator(library).generate(model);
        threats = model.threats.size();
        if (!ModelFile::save(model, path, &error)) {
            std::fprintf(stderr, "latch_open_bench: %s\n", qPrintable(error));
            return 1;
        }
    }

    QElapsedTimer clock;
    QElapsedTimer phase;
    clock.start();
    phase.start();
    auto lap = [&phase] {
        const double ms = double(phase.nsecsElapsed()) / 1e6;
        phase.restart();
        return ms;
    };
    Document* document = Document::open(path, &error);
    const double load = lap();
    if (!document) {
        std::fprintf(stderr, "latch_open_bench: %s\n", qPrintable(error));
        return 1;
    }
    auto* window = new MainWindow(document);
    const double build = lap();
    window->resize(1280, 690);
    window->show();
    if (!QTest::qWaitForWindowExposed(window)) {
        std::fprintf(stderr, "latch_open_bench: the window did not show\n");
        return 1;
    }
    QCoreApplication::processEvents();
    const double show = lap();
    const double total = double(clock.nsecsElapsed()) / 1e6;

    // An edit in the open window: a process moved, its register and the panels follow.
    QString process;
    for (const Element& e : document->model().diagrams.first().elements) {
        if (e.kind == ElementKind::Process)
            process = e.id;
    }
    double edit = std::numeric_limits<double>::max();
    for (int i = 0; i < (qEnvironmentVariableIsSet("EDITS") ? 40 : 5); ++i) {
        phase.restart();
        document->undoStack()->push(
            new MoveElementsCommand(document, {process}, 10, 0, MoveElementsCommand::nextDrag()));
        QCoreApplication::processEvents();
        edit = std::min(edit, lap());
    }
    std::printf("| elements | threats | open file | build window | show | total | an edit |\n"
                "|---:|---:|---:|---:|---:|---:|---:|\n");
    std::printf("| %d | %lld | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.1f ms |\n", size,
                static_cast<long long>(threats), load, build, show, total, edit);
    delete window;
    return 0;
}
