#include "ModelFile.h"

#include "ModelChecks.h"
#include "TmodelFormat.h"
#include "TmodelReader.h"
#include "TmodelWriter.h"
#include "model/Model.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace latch {

namespace {

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

QString notSaved(const QString& path, const FormatError& problem)
{
    return path + QStringLiteral(": not saved: ") +
           (problem.path.isEmpty() ? QString() : problem.path + QStringLiteral(": ")) +
           problem.message;
}

} // namespace

std::optional<QByteArray> ModelFile::readBytes(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(error, path + QStringLiteral(": no such file"));
        return std::nullopt;
    }
    if (info.isDir()) {
        setError(error, path + QStringLiteral(": is a directory, not a model file"));
        return std::nullopt;
    }
    // Checked before reading, so that a huge file is refused without filling memory.
    if (info.size() > TmodelFormat::maximumFileSize) {
        setError(error, path + QStringLiteral(": %1 MiB is larger than the %2 MiB limit")
                                   .arg(info.size() / (1024 * 1024))
                                   .arg(TmodelFormat::maximumFileSize / (1024 * 1024)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, path + QStringLiteral(": cannot open: ") + file.errorString());
        return std::nullopt;
    }
    // A capped read also guards files whose size the file system misreports (pipes, /proc).
    return file.read(TmodelFormat::maximumFileSize + 1);
}

std::optional<Model> ModelFile::load(const QString& path, QString* error, bool* unreadable)
{
    if (unreadable)
        *unreadable = false;
    const auto bytes = readBytes(path, error);
    if (!bytes) {
        if (unreadable)
            *unreadable = true;
        return std::nullopt;
    }
    FormatError formatError;
    auto model = TmodelReader::read(*bytes, &formatError);
    if (!model)
        setError(error, formatError.toString(path));
    return model;
}

std::optional<QByteArray> ModelFile::serialize(const Model& model, const QString& path,
                                               QString* error)
{
    if (const auto problem = ModelChecks::firstProblem(model)) {
        setError(error, notSaved(path, *problem));
        return std::nullopt;
    }
    QByteArray bytes = TmodelWriter::write(model);
    if (bytes.size() > TmodelFormat::maximumFileSize) {
        setError(error, path + QStringLiteral(": not saved: the model would be a %1 MiB file, "
                                              "larger than the %2 MiB limit")
                                   .arg(double(bytes.size()) / (1024 * 1024), 0, 'f', 1)
                                   .arg(TmodelFormat::maximumFileSize / (1024 * 1024)));
        return std::nullopt;
    }
    return bytes;
}

bool ModelFile::save(const Model& model, const QString& path, QString* error)
{
    QSaveFile file(path);
    return save(model, file, error);
}

bool ModelFile::save(const Model& model, QSaveFile& file, QString* error)
{
    const QString path = file.fileName();
    if (const auto problem = ModelChecks::firstProblem(model)) {
        setError(error, notSaved(path, *problem));
        return false;
    }
    // Written as it is serialised, counted on the way: a model over the size limit never
    // replaces the file (QSaveFile drops the temporary copy).
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, path + QStringLiteral(": cannot write: ") + file.errorString());
        return false;
    }
    qint64 written = 0;
    bool tooLarge = false;
    const bool complete = TmodelWriter::write(model, [&](const QByteArray& piece) {
        written += piece.size();
        tooLarge = written > TmodelFormat::maximumFileSize;
        return !tooLarge && file.write(piece) == piece.size();
    });
    if (!complete) {
        const QString why = tooLarge ? QStringLiteral("not saved: the model is larger than the "
                                                      "%1 MiB limit")
                                           .arg(TmodelFormat::maximumFileSize / (1024 * 1024))
                                     : QStringLiteral("cannot write: ") + file.errorString();
        setError(error, path + QStringLiteral(": ") + why);
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        setError(error, path + QStringLiteral(": cannot write: ") + file.errorString());
        return false;
    }
    return true;
}

bool ModelFile::writeAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, path + QStringLiteral(": cannot write: ") + file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        setError(error, path + QStringLiteral(": cannot write: ") + file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        setError(error, path + QStringLiteral(": cannot write: ") + file.errorString());
        return false;
    }
    return true;
}

bool ModelFile::isCanonical(const QByteArray& bytes)
{
    const auto model = TmodelReader::read(bytes, nullptr);
    return model && TmodelWriter::write(*model) == bytes;
}

} // namespace latch
