#pragma once

#include "ReportOptions.h"

#include <QString>

#include <optional>

namespace latch {

struct Model;

// One export as the command line and the editor ask for it. The format follows the file name:
// .pdf and .html are reports; .csv is the register; .svg and .png are a diagram; .otm.json is
// the whole model as Open Threat Model.
class ExportFile
{
public:
    enum class Format
    {
        Pdf,
        Html,
        Csv,
        Svg,
        Png,
        Otm // "OUT.otm.json"
    };

    struct Request
    {
        ReportOptions options;
        QString diagram; // by name or id, for SVG and PNG; empty for the first diagram
        qreal scale = 2; // PNG pixels per diagram unit
    };

    static std::optional<Format> formatOf(const QString& path);
    // Writes through QSaveFile, so the file appears whole or not at all; false with a
    // one-line error naming the file. `warnings` receives what the format could not hold.
    static bool save(const Model& model, const QString& path, const Request& request,
                     QString* error, QStringList* warnings = nullptr);
};

} // namespace latch
