#include "Sha1.h"

#include <cstring>

namespace latch {

namespace {

inline std::uint32_t rotate(std::uint32_t value, int bits)
{
    return (value << bits) | (value >> (32 - bits));
}

// One round: the four stages differ only in f and k, so each is a loop of its own with no
// branch inside, which the compiler unrolls.
template <typename F>
inline void rounds(std::uint32_t& a, std::uint32_t& b, std::uint32_t& c, std::uint32_t& d,
                   std::uint32_t& e, const std::uint32_t* w, std::uint32_t k, F f)
{
    for (int i = 0; i < 20; ++i) {
        const std::uint32_t next = rotate(a, 5) + f(b, c, d) + e + k + w[i];
        e = d;
        d = c;
        c = rotate(b, 30);
        b = a;
        a = next;
    }
}

void compress(std::uint32_t state[5], const std::uint8_t block[64])
{
    std::uint32_t w[80];
    for (int i = 0; i < 16; ++i)
        w[i] = std::uint32_t(block[4 * i]) << 24 | std::uint32_t(block[4 * i + 1]) << 16 |
               std::uint32_t(block[4 * i + 2]) << 8 | std::uint32_t(block[4 * i + 3]);
    for (int i = 16; i < 80; ++i)
        w[i] = rotate(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3], e = state[4];
    using W = std::uint32_t;
    rounds(a, b, c, d, e, w, 0x5A827999, [](W x, W y, W z) { return (x & y) | (~x & z); });
    rounds(a, b, c, d, e, w + 20, 0x6ED9EBA1, [](W x, W y, W z) { return x ^ y ^ z; });
    rounds(a, b, c, d, e, w + 40, 0x8F1BBCDC,
           [](W x, W y, W z) { return (x & y) | (x & z) | (y & z); });
    rounds(a, b, c, d, e, w + 60, 0xCA62C1D6, [](W x, W y, W z) { return x ^ y ^ z; });
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
}

} // namespace

Sha1::Digest Sha1::of(const std::uint8_t* data, std::size_t size)
{
    std::uint32_t state[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::size_t done = 0;
    for (; done + 64 <= size; done += 64)
        compress(state, data + done);
    // The tail, a 1 bit, zeros and the length in bits, in one or two final blocks.
    std::uint8_t tail[128] = {};
    const std::size_t rest = size - done;
    if (rest > 0)
        std::memcpy(tail, data + done, rest);
    tail[rest] = 0x80;
    const std::size_t blocks = rest + 9 <= 64 ? 1 : 2;
    const std::uint64_t bits = std::uint64_t(size) * 8;
    for (int i = 0; i < 8; ++i)
        tail[blocks * 64 - 1 - i] = std::uint8_t(bits >> (8 * i));
    for (std::size_t i = 0; i < blocks; ++i)
        compress(state, tail + 64 * i);
    Digest digest;
    for (int i = 0; i < 5; ++i) {
        digest[4 * i] = std::uint8_t(state[i] >> 24);
        digest[4 * i + 1] = std::uint8_t(state[i] >> 16);
        digest[4 * i + 2] = std::uint8_t(state[i] >> 8);
        digest[4 * i + 3] = std::uint8_t(state[i]);
    }
    return digest;
}

} // namespace latch
