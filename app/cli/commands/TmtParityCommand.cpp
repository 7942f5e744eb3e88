#include "TmtParityCommand.h"

#include "format/ModelFile.h"
#include "interop/TmtParity.h"

#include <nlohmann/json.hpp>

namespace latch::cli {

int TmtParityCommand::run(const QStringList& arguments, Console& console)
{
    const Arguments split = splitArguments(arguments, {QStringLiteral("--json")});
    if (!split.error.isEmpty())
        return usageError(console, split.error);
    if (split.files.isEmpty() || split.files.size() > 2)
        return usageError(console, QStringLiteral("give a model (.tm7) and a template (.tb7)"));
    // Without a template, the one the model was made with (embedded in the .tm7).
    const QString model = split.files.at(0);
    const QString templateFile = split.files.size() == 2 ? split.files.at(1) : model;
    QString error;
    const auto tm7 = ModelFile::readBytes(model, &error);
    const auto tb7 = tm7 ? ModelFile::readBytes(templateFile, &error) : std::nullopt;
    if (!tm7 || !tb7) {
        console.err << error << Qt::endl;
        return Console::UsageError;
    }
    const auto parity = TmtParity::compare(*tm7, model, *tb7, templateFile, &error);
    if (!parity) {
        console.err << error << Qt::endl;
        return Console::ProblemFound;
    }
    for (const QString& problem : parity->problems)
        console.err << templateFile << ": " << problem << Qt::endl;
    if (split.flags.contains(QStringLiteral("--json"))) {
        using Json = nlohmann::ordered_json;
        auto list = [](const QVector<TmtParity::Instance>& instances) {
            Json array = Json::array();
            for (const TmtParity::Instance& i : instances)
                array.push_back({{"type", i.typeId.toStdString()},
                                 {"flow", i.flowId.toStdString()},
                                 {"interaction", i.interaction.toStdString()}});
            return array;
        };
        const Json out = {{"stored", parity->stored},
                          {"matched", parity->matched},
                          {"missing", parity->missing.size()},
                          {"extra", parity->extra.size()},
                          {"missing_threats", list(parity->missing)},
                          {"extra_threats", list(parity->extra)},
                          {"untranslated", parity->problems.size()}};
        console.out << QString::fromStdString(out.dump(2)) << Qt::endl;
    } else {
        console.out << "stored " << parity->stored << ", matched " << parity->matched
                    << ", missing " << parity->missing.size() << ", extra " << parity->extra.size()
                    << Qt::endl;
        for (const TmtParity::Instance& i : parity->missing)
            console.out << "missing " << i.typeId << ": " << i.interaction << Qt::endl;
        for (const TmtParity::Instance& i : parity->extra)
            console.out << "extra   " << i.typeId << ": " << i.interaction << Qt::endl;
    }
    const bool same = parity->missing.isEmpty() && parity->extra.isEmpty();
    return same ? Console::Success : Console::ProblemFound;
}

} // namespace latch::cli
