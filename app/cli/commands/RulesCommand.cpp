#include "RulesCommand.h"

#include "CommandLine.h"
#include "JsonOutput.h"
#include "LibraryOptions.h"
#include "engine/Frameworks.h"
#include "engine/RuleLibrary.h"

namespace latch::cli {

namespace {

using JsonOutput::Json;
using JsonOutput::strings;

Json toJson(const RuleLibrary& library, const LibraryOptions& libraries)
{
    Json rules = Json::array();
    for (const Rule& rule : library.rules()) {
        if (!libraries.shows(rule))
            continue;
        Json item;
        item["id"] = rule.id.toStdString();
        item["library"] = rule.library.toStdString();
        item["framework"] = rule.framework == 0
                                ? Json(nullptr)
                                : Json(Frameworks::nameOf(rule.framework).toStdString());
        item["category"] = rule.category.toStdString();
        item["target"] = ruleTargetName(rule.target).toStdString();
        item["condition"] = rule.condition->text().toStdString();
        item["title"] = rule.title.text().toStdString();
        item["description"] = rule.description.text().toStdString();
        item["dread"] = rule.dread ? JsonOutput::dread(*rule.dread, false) : Json(nullptr);
        item["mitigations"] = strings(rule.mitigations);
        item["references"] = strings(rule.references);
        rules.push_back(std::move(item));
    }
    Json mitigations = Json::array();
    for (const LibraryMitigation& m : library.mitigations()) {
        mitigations.push_back(Json{{"id", m.id.toStdString()},
                                   {"title", m.title.toStdString()},
                                   {"description", m.description.toStdString()}});
    }
    Json categories = Json::array();
    for (const LibraryCategory& c : library.categories())
        categories.push_back(Json{{"id", c.id.toStdString()}, {"name", c.name.toStdString()}});
    Json types = Json::array();
    for (const QString& id : library.types().ids()) {
        const ElementType* t = library.types().find(id);
        types.push_back(
            Json{{"id", id.toStdString()},
                 {"parent", t->parent.isEmpty() ? Json(nullptr) : Json(t->parent.toStdString())},
                 {"name", t->name.toStdString()}});
    }
    Json root;
    root["libraries"] = strings(library.sources());
    root["categories"] = std::move(categories);
    root["types"] = std::move(types);
    root["mitigations"] = std::move(mitigations);
    root["rules"] = std::move(rules);
    return root;
}

} // namespace

void RulesCommand::declare(CommandLine& line) const
{
    LibraryOptions::declare(line);
    line.addFlag(QStringLiteral("json"));
    line.setFileCount(0, 0);
}

int RulesCommand::execute(const CommandLine& line, Console& console)
{
    const LibraryOptions libraries(line);
    if (!libraries.frameworkError().isEmpty())
        return usageError(console, libraries.frameworkError());
    RuleLibrary library;
    if (!libraries.load(nullptr, QString(), library, console))
        return Console::ProblemFound;
    if (line.isSet(QStringLiteral("json"))) {
        console.out << QString::fromStdString(toJson(library, libraries).dump(2)) << Qt::endl;
        return Console::Success;
    }
    console.out << "libraries: " << library.sources().join(QStringLiteral(", ")) << '\n'
                << library.rules().size() << " rules, " << library.mitigations().size()
                << " mitigations, " << library.types().ids().size() << " types\n\n";
    for (const Rule& rule : library.rules()) {
        if (!libraries.shows(rule))
            continue;
        console.out << rule.id.leftJustified(36) << ' ' << rule.category.leftJustified(22) << ' '
                    << ruleTargetName(rule.target).leftJustified(11) << ' '
                    << rule.references.join(QLatin1Char(' ')) << '\n';
    }
    console.out.flush();
    return Console::Success;
}

} // namespace latch::cli
