#include "ModelSource.h"

#include "Console.h"
#include "GitProcess.h"
#include "format/FormatError.h"
#include "format/ModelFile.h"
#include "format/TmodelFormat.h"
#include "format/TmodelReader.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace latch::cli {

namespace {

std::optional<QByteArray> gitShow(const QString& spec, QString* error)
{
    auto bytes = GitProcess::run({}, {QStringLiteral("show"), spec}, error);
    if (!bytes)
        *error = spec + QStringLiteral(": ") + *error;
    return bytes;
}

std::optional<QByteArray> standardInput(QString* error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = QStringLiteral("-: standard input cannot be read");
        return std::nullopt;
    }
    QByteArray bytes;
    while (!in.atEnd()) {
        bytes += in.read(1 << 20);
        if (bytes.size() > TmodelFormat::maximumFileSize) {
            *error = QStringLiteral("-: larger than the %1 MiB limit")
                         .arg(TmodelFormat::maximumFileSize >> 20);
            return std::nullopt;
        }
    }
    return bytes;
}

} // namespace

bool ModelSource::isRevision(const QString& spec)
{
    // "main:bank.tmodel", ":bank.tmodel" (the index), "HEAD~1:models/x.tmodel"; a file that
    // exists wins, so a file with a colon in its name still reads as a file.
    return spec.contains(QLatin1Char(':')) && !QFileInfo::exists(spec);
}

std::optional<Model> ModelSource::read(const QString& spec, QString* error, int* status)
{
    *status = Console::UsageError;
    if (spec == QLatin1String("/dev/null"))
        return Model{};
    if (!isRevision(spec) && spec != QLatin1String("-")) {
        bool unreadable = false;
        auto model = ModelFile::load(spec, error, &unreadable);
        if (!model)
            *status = unreadable ? Console::UsageError : Console::ProblemFound;
        return model;
    }
    const auto bytes = spec == QLatin1String("-") ? standardInput(error) : gitShow(spec, error);
    if (!bytes)
        return std::nullopt;
    if (bytes->size() > TmodelFormat::maximumFileSize) {
        *error = spec + QStringLiteral(": larger than the %1 MiB limit")
                            .arg(TmodelFormat::maximumFileSize >> 20);
        return std::nullopt;
    }
    FormatError formatError;
    auto model = TmodelReader::read(*bytes, &formatError);
    if (!model) {
        *error = formatError.toString(spec);
        *status = Console::ProblemFound;
    }
    return model;
}

} // namespace latch::cli
