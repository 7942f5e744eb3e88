#pragma once

#include <QString>

namespace latch {

enum class IdKind
{
    Diagram,
    Element,
    Threat,
    Mitigation,
    Asset
};

// Random, collision-free ids. Not counters: two branches that each add an element must merge
// without clashing, so ids carry 48 bits from the system's secure random source.
class IdGenerator
{
public:
    // "e-3f9a1c2b7d4e": a prefix letter for the kind, a dash, 12 hex digits.
    static QString newId(IdKind kind);

    // What the file format accepts as an id (imported models keep their tools' ids):
    // 1..128 characters, none of them whitespace or control characters.
    static bool isAcceptable(const QString& id);

    static constexpr int maximumLength = 128;
};

} // namespace latch
