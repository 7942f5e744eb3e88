// libFuzzer target for the Open Threat Model reader (OtmReader::read, OTM 0.2 JSON): any input must
// give a model or a clean error; a model that loads must save as .tmodel and load again, and
// written by OtmWriter and read back it must be the same model (the OTM round trip).
// The checks are in FuzzChecks.h, shared with tst_fuzzcorpus, which runs the regression inputs
// in tests/fuzz/corpus/otm/ on every build. Build and run (README.md):
//   cmake --preset fuzz && cmake --build --preset fuzz && scripts/fuzz otm
#include "FuzzChecks.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!latch::fuzz::otm(bytes).isEmpty())
        std::abort();
    return 0;
}
