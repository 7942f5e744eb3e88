#include "GenerateCommand.h"

#include "CommandLine.h"
#include "format/ModelFile.h"
#include "model/Model.h"
#include "model/SyntheticModel.h"

namespace latch::cli {

void GenerateCommand::declare(CommandLine& line) const
{
    line.addValue({QStringLiteral("n"), QStringLiteral("elements")});
    line.addValue({QStringLiteral("seed")});
    line.addValue({QStringLiteral("o")});
    line.setFileCount(0, 0);
}

int GenerateCommand::execute(const CommandLine& line, Console& console)
{
    constexpr int maximumElements = 1'000'000;
    const bool counted = line.isSet(QStringLiteral("elements"));
    bool ok = true;
    const int elements = counted ? line.value(QStringLiteral("elements")).toInt(&ok) : 0;
    if (counted && (!ok || elements < 1 || elements > maximumElements))
        return usageError(console, QStringLiteral("--elements takes 1 to %1").arg(maximumElements));
    const quint32 seed =
        line.isSet(QStringLiteral("seed")) ? line.value(QStringLiteral("seed")).toUInt(&ok) : 1;
    if (!ok)
        return usageError(console, QStringLiteral("--seed takes a whole number"));
    const QString output = line.value(QStringLiteral("o"));
    if (!counted || output.isEmpty())
        return usageError(console, QStringLiteral("--elements and -o are required"));

    const Model model = SyntheticModel::generate(elements, seed);
    QString error;
    if (!ModelFile::save(model, output, &error)) {
        console.err << error << Qt::endl;
        return Console::ProblemFound;
    }
    console.out << output << ": " << elements << " elements" << Qt::endl;
    return Console::Success;
}

} // namespace latch::cli
