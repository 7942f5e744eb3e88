#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace latch {

struct Model;

// Settles one conflict a merge left (Model::conflicts) by taking a side's value, or a value of
// the user's, and removes its record. A side that removed the subject removes it here too,
// with what depends on it: the flows to a removed element, the links to a removed mitigation;
// threats of a removed element become obsolete, as they do when an element is deleted.
class ConflictResolution
{
public:
    enum class Choice
    {
        Ours,
        Theirs,
        Base
    };

    static std::optional<Model> resolve(const Model& model, int index, Choice choice,
                                        QString* error);
    // `value` is JSON text: the field's new value, or the whole subject ("null" removes it).
    static std::optional<Model> resolveWith(const Model& model, int index, const QByteArray& value,
                                            QString* error);
};

} // namespace latch
