// libFuzzer target for Threat Modeling Tool templates (Tb7Reader::convert, .tb7 XmlSerializer XML,
// TmtFilterTranslator for every threat type's filters): any input must give a rule library or a
// clean error, and a converted library must load with RuleLibraryLoader::load.
// The checks are in FuzzChecks.h, shared with tst_fuzzcorpus, which runs the regression inputs
// in tests/fuzz/corpus/tb7/ on every build. Build and run (README.md):
//   cmake --preset fuzz && cmake --build --preset fuzz && scripts/fuzz tb7
#include "FuzzChecks.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!latch::fuzz::tb7(bytes).isEmpty())
        std::abort();
    return 0;
}
