#pragma once

#include "ReportOptions.h"

#include <QString>

class QIODevice;
class QPagedPaintDevice;

namespace latch {

class ThreatRegister;
struct Model;

// The threat register report as an auditor reads it: a cover with the model's objectives, a
// table of contents, a summary (chart and tables), each diagram as vector art on its own page
// with element numbers, the register sorted by risk, the mitigation catalog and an appendix
// of elements and their properties. Headers and page numbers on every page; long text wraps
// and table rows move to the next page rather than being clipped.
class PdfReport
{
public:
    // Paints onto any paged device at 96 dots per inch: a QPdfWriter, or a QPrinter for a
    // preview. Returns the number of pages.
    static int render(const Model& model, const ReportOptions& options, QPagedPaintDevice& device);
    static int render(const Model& model, const ThreatRegister& threatRegister,
                      const ReportOptions& options, QPagedPaintDevice& device);
    // Writes a PDF to `out`; false with a one-line error when the device refuses.
    static bool write(const Model& model, const ThreatRegister& threatRegister,
                      const ReportOptions& options, QIODevice* out, QString* error);
    static bool write(const Model& model, const ReportOptions& options, QIODevice* out,
                      QString* error);
};

} // namespace latch
