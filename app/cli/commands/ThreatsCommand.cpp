#include "ThreatsCommand.h"

#include "LibraryOptions.h"
#include "engine/RiskScoring.h"
#include "engine/RuleLibrary.h"
#include "engine/ThreatGenerator.h"
#include "engine/ThreatText.h"
#include "format/ModelFile.h"
#include "model/Model.h"
#include "model/ModelIndex.h"

#include "JsonOutput.h"

#include <algorithm>

namespace latch::cli {

namespace {

using JsonOutput::Json;
using JsonOutput::strings;

// The shape of `threats --json` is a contract (DESIGN.md): add keys, never rename them.
Json toJson(const Model& model)
{
    Json threats = Json::array();
    const ThreatText text(model);
    for (const Threat& t : model.threats) {
        Json item;
        item["id"] = t.id.toStdString();
        item["rule"] = t.rule.isEmpty() ? Json(nullptr) : Json(t.rule.toStdString());
        item["element"] = t.element.toStdString();
        item["category"] = t.category.toStdString();
        item["title"] = t.title.toStdString();
        item["description"] = text.description(t).toStdString();
        item["status"] = threatStatusName(t.status).toStdString();
        item["dread"] = t.dread ? JsonOutput::dread(*t.dread, true) : Json(nullptr);
        item["risk"] =
            RiskScoring::bandName(RiskScoring::bandOf(t, model.riskMethod)).toStdString();
        item["references"] = strings(t.references);
        item["mitigations"] = strings(t.mitigations);
        item["origin"] = t.origin == ThreatOrigin::Generated ? "generated" : "manual";
        item["obsolete"] = t.obsolete;
        threats.push_back(std::move(item));
    }
    return Json{{"threats", std::move(threats)}};
}

void printTable(const Model& model, Console& console)
{
    QVector<const Threat*> order;
    for (const Threat& t : model.threats)
        order.append(&t);
    // Highest risk first; obsolete ones last; otherwise register order.
    std::stable_sort(order.begin(), order.end(), [&](const Threat* a, const Threat* b) {
        if (a->obsolete != b->obsolete)
            return !a->obsolete;
        return RiskScoring::sortKey(*a, model.riskMethod) >
               RiskScoring::sortKey(*b, model.riskMethod);
    });
    const ModelIndex index(model);
    for (const Threat* t : order) {
        const Element* element = index.element(t->element);
        const QString score =
            t->dread ? QString::number(t->dread->composite(), 'f', 1) : QStringLiteral("-");
        console.out
            << t->id.leftJustified(20) << ' ' << score.rightJustified(4) << ' '
            << RiskScoring::bandName(RiskScoring::bandOf(*t, model.riskMethod)).leftJustified(8)
            << ' ' << threatStatusName(t->status).leftJustified(14) << ' '
            << t->category.leftJustified(22) << ' ' << t->title << "  ["
            << (element ? element->name : t->element) << ']' << (t->obsolete ? " (obsolete)" : "")
            << '\n';
    }
    console.out.flush();
}

} // namespace

int ThreatsCommand::run(const QStringList& arguments, Console& console)
{
    QStringList rest = arguments;
    LibraryOptions libraries;
    QString error;
    if (!libraries.take(rest, &error))
        return usageError(console, error);
    const Arguments split =
        splitArguments(rest, {QStringLiteral("--json"), QStringLiteral("--write")});
    if (!split.error.isEmpty())
        return usageError(console, split.error);
    const bool json = split.flags.contains(QStringLiteral("--json"));
    const bool write = split.flags.contains(QStringLiteral("--write"));
    const QStringList& files = split.files;
    if (files.size() != 1)
        return usageError(console, QStringLiteral("expected exactly one file"));
    const QString path = files.constFirst();

    int status = Console::Success;
    auto model = loadModel(path, console, &status);
    if (!model)
        return status;
    RuleLibrary library;
    if (!libraries.load(&*model, path, library, console))
        return Console::ProblemFound;

    const GenerationReport report = ThreatGenerator(library).generate(*model);
    if (json)
        console.out << QString::fromStdString(toJson(*model).dump(2)) << Qt::endl;
    else
        printTable(*model, console);

    if (write && report.changedModel()) {
        if (!ModelFile::save(*model, path, &error)) {
            console.err << error << Qt::endl;
            return Console::ProblemFound;
        }
    }
    console.err << path << ": " << report.added << " added, " << report.updated << " updated, "
                << report.revived << " revived, " << report.obsoleted << " obsolete"
                << (write ? (report.changedModel() ? ", written" : ", nothing to write") : "")
                << Qt::endl;
    return Console::Success;
}

} // namespace latch::cli
