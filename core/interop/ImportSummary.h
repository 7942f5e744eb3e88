#pragma once

#include "model/ElementKind.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace latch {

// What an import brought in and what it could not: counts per kind, and one line per thing
// skipped or changed, with why. Shown after File > Import and printed by `latch-cli import`.
struct ImportSummary
{
    QString format; // "Threat Dragon 2.x", "Microsoft TMT (.tm7)", "Open Threat Model 0.2"
    int diagrams = 0;
    QMap<ElementKind, int> elements;
    int threats = 0;
    int mitigations = 0;
    QStringList warnings;

    // "2 diagrams, 7 processes, ..., 14 threats, 3 mitigations" for the summary line.
    QString countsText() const;
};

} // namespace latch
