// libFuzzer target for the condition language (Condition::parse, ConditionParser), the input taken
// as UTF-8: a condition or an error with its column. A parsed condition is evaluated against a
// small flow and its ends, and its own text must parse again.
// The checks are in FuzzChecks.h, shared with tst_fuzzcorpus, which runs the regression inputs
// in tests/fuzz/corpus/condition/ on every build. Build and run (README.md):
//   cmake --preset fuzz && cmake --build --preset fuzz && scripts/fuzz condition
#include "FuzzChecks.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!latch::fuzz::condition(bytes).isEmpty())
        std::abort();
    return 0;
}
