#include "RulesCommand.h"

#include "LibraryOptions.h"
#include "engine/RuleLibrary.h"

#include "JsonOutput.h"

namespace latch::cli {

namespace {

using JsonOutput::Json;
using JsonOutput::strings;

Json toJson(const RuleLibrary& library)
{
    Json rules = Json::array();
    for (const Rule& rule : library.rules()) {
        Json item;
        item["id"] = rule.id.toStdString();
        item["library"] = rule.library.toStdString();
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

int RulesCommand::run(const QStringList& arguments, Console& console)
{
    QStringList rest = arguments;
    LibraryOptions libraries;
    QString error;
    if (!libraries.take(rest, &error))
        return usageError(console, error);
    bool json = false;
    for (const QString& argument : rest) {
        if (argument == QLatin1String("--json"))
            json = true;
        else
            return usageError(console, QStringLiteral("unexpected argument ") + argument);
    }
    RuleLibrary library;
    if (!libraries.load(nullptr, QString(), library, console))
        return Console::ProblemFound;
    if (json) {
        console.out << QString::fromStdString(toJson(library).dump(2)) << Qt::endl;
        return Console::Success;
    }
    console.out << "libraries: " << library.sources().join(QStringLiteral(", ")) << '\n'
                << library.rules().size() << " rules, " << library.mitigations().size()
                << " mitigations, " << library.types().ids().size() << " types\n\n";
    for (const Rule& rule : library.rules()) {
        console.out << rule.id.leftJustified(36) << ' ' << rule.category.leftJustified(22) << ' '
                    << ruleTargetName(rule.target).leftJustified(11) << ' '
                    << rule.references.join(QLatin1Char(' ')) << '\n';
    }
    console.out.flush();
    return Console::Success;
}

} // namespace latch::cli
