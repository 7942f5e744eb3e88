#pragma once

#include <QByteArray>

#include <functional>

namespace latch {

struct Model;

// Writes a model in the canonical .tmodel form (README.md, "The .tmodel file format"): fixed key
// order, two-space indentation, sorted properties, integers for geometry, final newline. The same
// model always gives the same bytes.
class TmodelWriter
{
public:
    static QByteArray write(const Model& model);
    // The same model with every key of every threat written out, even those a generated
    // threat's rule gives back: for comparing or merging documents key by key, where a key left
    // out and a key at its default must not look different. The reader reads it as it is.
    static QByteArray writeFull(const Model& model);

    // The same text, handed to `sink` a piece at a time (about pieceSize bytes each), so that
    // a large model is never held in memory twice; stops early when the sink returns false.
    using Sink = std::function<bool(const QByteArray& piece)>;
    static bool write(const Model& model, const Sink& sink);
    static constexpr qsizetype pieceSize = 1 << 20;
};

} // namespace latch
