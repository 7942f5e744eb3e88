#pragma once

#include "ImportSummary.h"
#include "format/FormatError.h"
#include "model/Model.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace latch {

// Imports another tool's model: the format is recognised from the content (or named), the
// file is read with the same limits as a .tmodel, and the result comes with a summary.
class ModelImporter
{
public:
    enum class Format
    {
        ThreatDragon,
        Tm7,
        Otm
    };

    // "threat-dragon", "tm7", "otm" as on the command line.
    static std::optional<Format> formatFromName(const QString& name);
    static std::optional<Format> detect(const QByteArray& bytes);

    // One-line errors name the file and the place ("in.tm7:3:17: ..."). Never writes.
    // `unreadable` tells a file that could not be read at all from one that is not valid.
    static std::optional<Model> importFile(const QString& path, std::optional<Format> format,
                                           ImportSummary* summary, QString* error,
                                           bool* unreadable = nullptr);
    static std::optional<Model> importBytes(const QByteArray& bytes, Format format,
                                            ImportSummary* summary, FormatError* error);
};

} // namespace latch
