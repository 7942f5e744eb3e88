#include "ConflictedFile.h"

#include "GitProcess.h"
#include "format/TmodelReader.h"

#include <QDir>
#include <QFileInfo>

namespace latch {

bool ConflictedFile::hasMarkers(const QByteArray& bytes)
{
    return (bytes.startsWith("<<<<<<< ") || bytes.contains("\n<<<<<<< ")) &&
           bytes.contains("\n=======") && bytes.contains("\n>>>>>>> ");
}

std::optional<MergeResult> ConflictedFile::merge(const QString& path, QString* error)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    const QString name = info.fileName();
    const auto fail = [&](const QString& why) {
        *error = QObject::tr("%1: git left merge conflict markers in it, and %2")
                     .arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    };
    Model versions[3];
    for (int stage = 1; stage <= 3; ++stage) {
        QString gitError;
        // "./name" is relative to the folder git runs in, wherever the repository's top is.
        const auto bytes = GitProcess::run(
            dir, {QStringLiteral("show"), QStringLiteral(":%1:./%2").arg(stage).arg(name)},
            &gitError);
        if (!bytes) {
            // Both sides added the file: git has no base (stage 1); the merge starts empty.
            if (stage == 1)
                continue;
            return fail(QObject::tr("its versions cannot be read from git (%1)").arg(gitError));
        }
        FormatError formatError;
        auto model = TmodelReader::read(*bytes, &formatError);
        if (!model)
            return fail(
                QObject::tr("git's version %1 does not load (%2)")
                    .arg(stage)
                    .arg(formatError.toString(QStringLiteral(":%1:%2").arg(stage).arg(name))));
        versions[stage - 1] = std::move(*model);
    }
    const ModelMerge::Names names =
        GitProcess::rebasing(dir) ? ModelMerge::Names::forRebase() : ModelMerge::Names{};
    MergeResult result = ModelMerge::merge(versions[0], versions[1], versions[2], names);
    if (!result.error.isEmpty())
        return fail(result.error);
    return result;
}

} // namespace latch
