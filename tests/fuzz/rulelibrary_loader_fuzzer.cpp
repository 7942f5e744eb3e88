// libFuzzer target for rule libraries (RuleLibraryLoader::load, resources/rules/README.md): any
// input must load or give a clean error, and a failed load leaves the library unchanged.
// The checks are in FuzzChecks.h, shared with tst_fuzzcorpus, which runs the regression inputs
// in tests/fuzz/corpus/rulelibrary/ on every build. Build and run (README.md):
//   cmake --preset fuzz && cmake --build --preset fuzz && scripts/fuzz rulelibrary
#include "FuzzChecks.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!latch::fuzz::ruleLibrary(bytes).isEmpty())
        std::abort();
    return 0;
}
