#include "FmtCommand.h"

#include "CommandLine.h"
#include "format/ModelFile.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "model/Model.h"

#include <algorithm>

namespace latch::cli {

void FmtCommand::declare(CommandLine& line) const
{
    line.addFlag(QStringLiteral("check"));
    line.setFileCount(1, -1);
}

int FmtCommand::execute(const CommandLine& line, Console& console)
{
    const bool check = line.isSet(QStringLiteral("check"));
    int status = Console::Success;
    for (const QString& path : line.files()) {
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
