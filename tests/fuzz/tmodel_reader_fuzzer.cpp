// libFuzzer target for the .tmodel reader (TmodelReader::read): any input must give a model or a
// clean error, and whatever loads must save and load again to the same model.
// The checks are in FuzzChecks.h, shared with tst_fuzzcorpus, which runs the regression inputs
// in tests/fuzz/corpus/tmodel/ on every build. Build and run (README.md):
//   cmake --preset fuzz && cmake --build --preset fuzz && scripts/fuzz tmodel
#include "FuzzChecks.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!latch::fuzz::tmodel(bytes).isEmpty())
        std::abort();
    return 0;
}
