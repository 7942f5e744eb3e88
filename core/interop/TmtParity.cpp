#include "TmtParity.h"

#include "ModelImporter.h"
#include "Tb7Reader.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"

#include <QSet>

namespace latch {

namespace {

QString interactionOf(const Model& model, const QString& flowId)
{
    const Element* flow = model.findElement(flowId);
    if (!flow)
        return flowId;
    const Element* source = model.findElement(flow->source);
    const Element* target = model.findElement(flow->target);
    return QStringLiteral("%1 → %2 → %3")
        .arg(source ? source->name : flow->source, flow->name,
             target ? target->name : flow->target);
}

} // namespace

std::optional<TmtParity> TmtParity::compare(const QByteArray& tm7, const QString& tm7Name,
                                            const QByteArray& tb7, const QString& tb7Name,
                                            QString* error)
{
    FormatError problem;
    const auto model =
        ModelImporter::importBytes(tm7, ModelImporter::Format::Tm7, nullptr, &problem);
    if (!model) {
        *error = problem.toString(tm7Name);
        return std::nullopt;
    }
    TmtParity parity;
    const auto rules = Tb7Reader::convert(tb7, &parity.problems, &problem);
    if (!rules) {
        *error = problem.toString(tb7Name);
        return std::nullopt;
    }
    // The template alone: Latch's own rules would be "extra" by definition.
    RuleLibrary library;
    if (!RuleLibraryLoader::load(*rules, tb7Name, library, error))
        return std::nullopt;

    using Key = std::pair<QString, QString>; // (threat type, flow)
    QSet<Key> stored;
    for (const Threat& t : model->threats) {
        for (const QString& reference : t.references) {
            if (reference.startsWith(QLatin1String("TMT:")))
                stored.insert({reference.mid(4), t.element});
        }
    }
    Model generated = *model;
    generated.threats.clear();
    ThreatGenerator(library).generate(generated);
    QSet<Key> produced;
    for (const Threat& t : generated.threats)
        produced.insert({t.rule, t.element});

    parity.stored = int(stored.size());
    for (const Key& key : stored) {
        if (produced.contains(key))
            ++parity.matched;
        else
            parity.missing.append({key.first, key.second, interactionOf(*model, key.second)});
    }
    for (const Key& key : produced) {
        if (!stored.contains(key))
            parity.extra.append({key.first, key.second, interactionOf(*model, key.second)});
    }
    auto byType = [](const Instance& a, const Instance& b) {
        return std::tie(a.typeId, a.interaction) < std::tie(b.typeId, b.interaction);
    };
    std::sort(parity.missing.begin(), parity.missing.end(), byType);
    std::sort(parity.extra.begin(), parity.extra.end(), byType);
    return parity;
}

} // namespace latch
