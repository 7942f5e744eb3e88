#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace latch {

// SHA-1 (FIPS 180-4) of a short message, on the stack. Threat ids are the first bytes of a
// SHA-1 digest, computed for every generated threat whenever a model is generated, read or
// written: Qt's general-purpose hasher allocates on each call, this does not.
class Sha1
{
public:
    using Digest = std::array<std::uint8_t, 20>;
    static Digest of(const std::uint8_t* data, std::size_t size);
};

} // namespace latch
