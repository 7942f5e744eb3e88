// latch_export_bench: times every export of a synthetic model with its generated register,
// so that a report of a large model is known to finish in reasonable time. Prints a Markdown
// table for tests/bench/README.md; best of three runs, in milliseconds.
//
//   cmake --preset bench && cmake --build --preset bench --target latch_export_bench
//   QT_QPA_PLATFORM=offscreen build/bench/tests/bench/latch_export_bench [ELEMENTS...]
#include "BenchTiming.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "model/SyntheticModel.h"
#include "register/ThreatRegister.h"
#include "report/CsvExporter.h"
#include "report/DiagramExporter.h"
#include "report/HtmlReport.h"
#include "report/PdfReport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>

#include <cstdio>

using namespace latch;
using latch::bench::bestOf;

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    const QList<int> sizes = latch::bench::sizesFromArguments({1000});
    RuleLibrary library;
    QString error;
    if (!RuleLibraryLoader::loadBuiltin(library, &error)) {
        std::fprintf(stderr, "latch_export_bench: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("| elements | threats | PDF (pages, size) | HTML | CSV | SVG | PNG (scale 1) |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int size : sizes) {
        Model model = SyntheticModel::generate(size);
        ThreatGenerator(library).generate(model);
        const ReportOptions options;
        QByteArray pdf;
        int pages = 0;
        const double pdfTime = bestOf(3, [&] {
            pdf.clear();
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            PdfReport::write(model, options, &buffer, &error);
        });
        {
            QByteArray again;
            QBuffer buffer(&again);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setResolution(96);
            pages = PdfReport::render(model, options, writer);
        }
        QByteArray html;
        const double htmlTime = bestOf(3, [&] { html = HtmlReport::write(model, options); });
        QByteArray csv;
        const double csvTime = bestOf(3, [&] { csv = CsvExporter::write(model, options); });
        const ThreatRegister numbering(model, options);
        QByteArray svg;
        const double svgTime = bestOf(
            3, [&] { svg = DiagramExporter::svg(model.diagrams.first(), &numbering.numbers()); });
        QImage png;
        const double pngTime = bestOf(3, [&] {
            png = DiagramExporter::image(model.diagrams.first(), 1, &numbering.numbers());
        });
        std::printf("| %d | %lld | %.0f ms (%d pages, %.1f MiB) | %.0f ms | %.0f ms | %.0f ms | "
                    "%.0f ms (%dx%d) |\n",
                    size, static_cast<long long>(model.threats.size()), pdfTime, pages,
                    double(pdf.size()) / (1024.0 * 1024.0), htmlTime, csvTime, svgTime, pngTime,
                    png.width(), png.height());
    }
    return 0;
}
