#include "GenerateCommand.h"

#include "format/ModelFile.h"
#include "model/Model.h"
#include "model/SyntheticModel.h"

namespace latch::cli {

int GenerateCommand::run(const QStringList& arguments, Console& console)
{
    constexpr int maximumElements = 1'000'000;
    int elements = -1;
    quint32 seed = 1;
    QString output;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if ((argument == QLatin1String("--elements") || argument == QLatin1String("-n")) &&
            hasValue) {
            bool ok = false;
            elements = arguments.at(++i).toInt(&ok);
            if (!ok || elements < 1 || elements > maximumElements)
                return usageError(console,
                                  QStringLiteral("--elements takes 1 to %1").arg(maximumElements));
        } else if (argument == QLatin1String("--seed") && hasValue) {
            bool ok = false;
            seed = arguments.at(++i).toUInt(&ok);
            if (!ok)
                return usageError(console, QStringLiteral("--seed takes a whole number"));
        } else if (argument == QLatin1String("-o") && hasValue) {
            output = arguments.at(++i);
        } else {
            return usageError(console, QStringLiteral("unexpected argument ") + argument);
        }
    }
    if (elements < 0 || output.isEmpty())
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
