// libFuzzer target for the Threat Dragon JSON reader (ThreatDragonReader::read, 1.x and 2.x): any
// input must give a model or a clean error, and an imported model must save as .tmodel and load
// again unchanged (an import never yields a model that would not open).
// The checks are in FuzzChecks.h, shared with tst_fuzzcorpus, which runs the regression inputs
// in tests/fuzz/corpus/threatdragon/ on every build. Build and run (README.md):
//   cmake --preset fuzz && cmake --build --preset fuzz && scripts/fuzz threatdragon
#include "FuzzChecks.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!latch::fuzz::threatDragon(bytes).isEmpty())
        std::abort();
    return 0;
}
