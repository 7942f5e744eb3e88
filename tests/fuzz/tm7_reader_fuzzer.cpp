// libFuzzer target for the Threat Modeling Tool model reader (Tm7Reader::read, .tm7 DataContract
// XML): any input must give a model or a clean error, and an imported model must save as .tmodel
// and load again unchanged.
// The checks are in FuzzChecks.h, shared with tst_fuzzcorpus, which runs the regression inputs
// in tests/fuzz/corpus/tm7/ on every build. Build and run (README.md):
//   cmake --preset fuzz && cmake --build --preset fuzz && scripts/fuzz tm7
#include "FuzzChecks.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!latch::fuzz::tm7(bytes).isEmpty())
        std::abort();
    return 0;
}
