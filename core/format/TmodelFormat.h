#pragma once

#include <QtGlobal>

namespace latch {

// Constants of the .tmodel format shared by the reader, the writer and the file layer.
namespace TmodelFormat {
inline constexpr const char* formatTag = "latch.tmodel";
inline constexpr const char* fileSuffix = "tmodel";
// Refused before parsing: nothing a workshop draws comes near these.
inline constexpr qint64 maximumFileSize = 64ll * 1024 * 1024;
inline constexpr int maximumNesting = 32;
// Coordinates beyond this are refused, which keeps geometry arithmetic far from overflow.
inline constexpr int maximumCoordinate = 10'000'000;
} // namespace TmodelFormat

} // namespace latch
