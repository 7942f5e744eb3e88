#pragma once

// Where the suites find the examples shipped in resources/examples/.
#include <QString>

namespace latch::test {

inline QString example(const char* name)
{
    return QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/") + QLatin1String(name);
}

} // namespace latch::test
