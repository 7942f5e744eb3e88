#pragma once

// Loads tests/data/test-rules.json, a small library whose every rule the engine tests can
// reason about by hand.

#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"

#include <QString>

namespace latch::test {

inline RuleLibrary testLibrary()
{
    RuleLibrary library;
    QString error;
    if (!RuleLibraryLoader::loadFile(QStringLiteral(LATCH_SOURCE_DIR "/tests/data/test-rules.json"),
                                     library, &error))
        qFatal("%s", qPrintable(error));
    return library;
}

} // namespace latch::test
