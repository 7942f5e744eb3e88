#include "TmtParityCommand.h"

#include "CommandLine.h"
#include "format/ModelFile.h"
#include "interop/TmtParity.h"

#include <nlohmann/json.hpp>

namespace latch::cli {

void TmtParityCommand::declare(CommandLine& line) const
{
    line.addFlag(QStringLiteral("json"));
    line.setFileCount(1, 2);
}

int TmtParityCommand::execute(const CommandLine& line, Console& console)
{
    // Without a template, the one the model was made with (embedded in the .tm7).
    const QStringList files = line.files();
    const QString model = files.at(0);
    const QString templateFile = files.size() == 2 ? files.at(1) : model;
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
    if (line.isSet(QStringLiteral("json"))) {
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
