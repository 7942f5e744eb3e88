#pragma once

#include "report/ExportFile.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace latch::cli {

// The options `report` and `export` share: what to include, the page size, the diagram and
// the image scale. Reads them from split arguments; an empty error when all is well.
struct ExportOptions
{
    static QStringList flags();
    static QStringList valueOptions();
    static ExportFile::Request read(const QSet<QString>& flags,
                                    const QHash<QString, QString>& values, QString* error);
};

} // namespace latch::cli
