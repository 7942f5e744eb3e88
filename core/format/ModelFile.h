#pragma once

#include "FormatError.h"

#include <QString>

class QSaveFile;

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
    // The model as a file's bytes, checked first by the reader's own rules (ModelChecks) and
    // limits: nullopt, with "FILE: not saved: place: what is wrong", for a model that Latch
    // would refuse to open again.
    static std::optional<QByteArray> serialize(const Model& model, const QString& path,
                                               QString* error);
    // serialize(), then an atomic write. A refused or failed save leaves the file as it was.
    static bool save(const Model& model, const QString& path, QString* error);
    // The same through a QSaveFile the caller made, not yet open (a test injects its faults
    // through one).
    static bool save(const Model& model, QSaveFile& file, QString* error);

    // Writes bytes atomically; shared by every exporter that produces a file.
    static bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error);

    // True when `bytes` is a valid model already in canonical form (what `fmt --check` asks).
    static bool isCanonical(const QByteArray& bytes);
};

} // namespace latch
