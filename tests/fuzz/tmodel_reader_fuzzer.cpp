// libFuzzer target for the .tmodel reader: any input must give a model or a clean error.
// Built only with clang and -DLATCH_FUZZ=ON:
//   CXX=clang++ cmake -B build/fuzz -DLATCH_FUZZ=ON -DLATCH_BUILD_TESTS=OFF
//   cmake --build build/fuzz --target tmodel_reader_fuzzer
//   build/fuzz/tests/fuzz/tmodel_reader_fuzzer resources/examples -max_total_time=300
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "model/Model.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    latch::FormatError error;
    const auto model = latch::TmodelReader::read(bytes, &error);
    if (model) {
        // Whatever loads must survive a save and load again unchanged.
        const auto again = latch::TmodelReader::read(latch::TmodelWriter::write(*model), &error);
        if (!again || !(*again == *model))
            std::abort();
    } else if (error.message.isEmpty()) {
        std::abort();
    }
    return 0;
}
