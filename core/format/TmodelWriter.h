#pragma once

#include <QByteArray>

namespace latch {

struct Model;

// Writes a model in the canonical .tmodel form (README.md, "The .tmodel file format"): fixed key
// order, two-space indentation, sorted properties, integers for geometry, final newline. The same
// model always gives the same bytes.
class TmodelWriter
{
public:
    static QByteArray write(const Model& model);
};

} // namespace latch
