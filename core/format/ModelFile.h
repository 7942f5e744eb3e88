#pragma once

#include "FormatError.h"

#include <QString>

#include <optional>

namespace latch {

struct Model;

// Loads and saves .tmodel files. Loading never writes; saving is atomic (QSaveFile), so a crash
// or a full disk leaves the previous file whole. Errors are one line naming the file.
class ModelFile
{
public:
    // On failure returns nullopt and, if `error` is given, "FILE: place: what is wrong".
    // `unreadable` tells a file that could not be read at all from one that is not a valid model.
    static std::optional<Model> load(const QString& path, QString* error,
                                     bool* unreadable = nullptr);

    // The file's bytes, refusing directories, missing files and files over the size limit.
    static std::optional<QByteArray> readBytes(const QString& path, QString* error);
    static bool save(const Model& model, const QString& path, QString* error);

    // Writes bytes atomically; shared by every exporter that produces a file.
    static bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error);

    // True when `bytes` is a valid model already in canonical form (what `fmt --check` asks).
    static bool isCanonical(const QByteArray& bytes);
};

} // namespace latch
