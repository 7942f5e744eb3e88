#pragma once

#include <QtGlobal>

namespace latch {

// Constants of the .tmodel format shared by the reader, the writer and the file layer.
namespace TmodelFormat {
inline constexpr const char* formatTag = "latch.tmodel";
inline constexpr const char* fileSuffix = "tmodel";
// The limits of the format, the same for the reader and for every writer (ModelChecks): a
// file Latch writes is always one it reads. Refused before parsing: a model of 50,000
// elements with its whole register is about 50 MiB.
inline constexpr qint64 maximumFileSize = 256ll * 1024 * 1024;
inline constexpr int maximumNesting = 32;
// Coordinates beyond this are refused, which keeps geometry arithmetic far from overflow.
inline constexpr int maximumCoordinate = 10'000'000;
// Bend points of a flow, vertices of a boundary line.
inline constexpr int maximumPoints = 10'000;
// Property names.
inline constexpr int maximumNameLength = 128;
} // namespace TmodelFormat

} // namespace latch
