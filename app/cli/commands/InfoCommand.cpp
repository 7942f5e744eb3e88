#include "InfoCommand.h"

#include "CommandLine.h"
#include "engine/Frameworks.h"
#include "format/ModelFile.h"
#include "model/Model.h"
#include "model/ModelStatistics.h"

#include <nlohmann/json.hpp>

namespace latch::cli {

namespace {

// The keys of `info --json` are a contract (DESIGN.md): change them only by adding.
nlohmann::ordered_json toJson(const Model& model, const ModelStatistics& stats)
{
    nlohmann::ordered_json elements;
    for (ElementKind kind : allElementKinds)
        elements[elementKindName(kind).toStdString()] = stats.elementsByKind.value(kind);
    nlohmann::ordered_json threats;
    threats["total"] = stats.totalThreats;
    for (ThreatStatus status : allThreatStatuses)
        threats[threatStatusName(status).toStdString()] = stats.threatsByStatus.value(status);
    threats["obsolete"] = stats.obsoleteThreats;

    nlohmann::ordered_json root;
    root["diagrams"] = stats.diagrams;
    root["elements"] = std::move(elements);
    root["threats"] = std::move(threats);
    root["mitigations"] = stats.mitigations;
    nlohmann::ordered_json frameworks = nlohmann::ordered_json::array();
    for (const QString& name : model.frameworks)
        frameworks.push_back(name.toStdString());
    root["frameworks"] = std::move(frameworks);
    return root;
}

QString displayNames(const QStringList& frameworks)
{
    QStringList names;
    for (const QString& name : frameworks)
        names << Frameworks::displayName(name);
    return names.isEmpty() ? QStringLiteral("(none)") : names.join(QStringLiteral(", "));
}

void printText(const Model& model, const ModelStatistics& stats, Console& console)
{
    int elementTotal = 0;
    QStringList kinds;
    for (ElementKind kind : allElementKinds) {
        elementTotal += stats.elementsByKind.value(kind);
        kinds << elementKindName(kind) + QLatin1Char(' ') +
                     QString::number(stats.elementsByKind.value(kind));
    }
    QStringList statuses;
    for (ThreatStatus status : allThreatStatuses) {
        statuses << threatStatusName(status) + QLatin1Char(' ') +
                        QString::number(stats.threatsByStatus.value(status));
    }
    statuses << QStringLiteral("obsolete ") + QString::number(stats.obsoleteThreats);

    const QString title = model.title.isEmpty() ? QStringLiteral("(untitled)") : model.title;
    console.out << "title        " << title << '\n'
                << "diagrams     " << stats.diagrams << '\n'
                << "elements     " << elementTotal << " (" << kinds.join(QStringLiteral(", "))
                << ")\n"
                << "threats      " << stats.totalThreats << " ("
                << statuses.join(QStringLiteral(", ")) << ")\n"
                << "mitigations  " << stats.mitigations << '\n'
                << "frameworks   " << displayNames(model.frameworks) << Qt::endl;
}

} // namespace

void InfoCommand::declare(CommandLine& line) const
{
    line.addFlag(QStringLiteral("json"));
    line.setFileCount(1, 1);
}

int InfoCommand::execute(const CommandLine& line, Console& console)
{
    int status = Console::Success;
    const auto model = loadModel(line.files().constFirst(), console, &status);
    if (!model)
        return status;
    const ModelStatistics stats = ModelStatistics::of(*model);
    if (line.isSet(QStringLiteral("json")))
        console.out << QString::fromStdString(toJson(*model, stats).dump(2)) << Qt::endl;
    else
        printText(*model, stats, console);
    return Console::Success;
}

} // namespace latch::cli
