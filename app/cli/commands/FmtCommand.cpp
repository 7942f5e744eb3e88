#include "FmtCommand.h"

#include "format/ModelFile.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "model/Model.h"

#include <algorithm>

namespace latch::cli {

int FmtCommand::run(const QStringList& arguments, Console& console)
{
    const Arguments split = splitArguments(arguments, {QStringLiteral("--check")});
    if (!split.error.isEmpty())
        return usageError(console, split.error);
    const bool check = split.flags.contains(QStringLiteral("--check"));
    const QStringList& files = split.files;
    if (files.isEmpty())
        return usageError(console, QStringLiteral("no file given"));

    int status = Console::Success;
    for (const QString& path : files) {
        QString error;
        const auto bytes = ModelFile::readBytes(path, &error);
        if (!bytes) {
            console.err << error << Qt::endl;
            status = std::max(status, int(Console::UsageError));
            continue;
        }
        FormatError formatError;
        const auto model = TmodelReader::read(*bytes, &formatError);
        if (!model) {
            console.err << formatError.toString(path) << Qt::endl;
            status = std::max(status, int(Console::ProblemFound));
            continue;
        }
        const QByteArray canonical = TmodelWriter::write(*model);
        if (canonical == *bytes)
            continue;
        if (check) {
            console.err << path << ": not in canonical form (run latch-cli fmt)" << Qt::endl;
            status = std::max(status, int(Console::ProblemFound));
        } else if (ModelFile::save(*model, path, &error)) {
            console.out << path << ": formatted" << Qt::endl;
        } else {
            console.err << error << Qt::endl;
            status = std::max(status, int(Console::ProblemFound));
        }
    }
    return status;
}

} // namespace latch::cli
