#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace latch {

class ModelIndex;
class RuleLibrary;
struct Rule;
class TextTemplate;
struct Element;
struct Model;
struct Threat;

// The words of a threat as the register shows them. A generated threat keeps its title in the
// model, but not its description: that is rendered from its rule for the element it is about,
// as often as it is shown (README, "The .tmodel file format"). Stored text wins: a threat the
// team reworded, a manual threat, one imported with its own words, or one whose rule only this
// machine has.
class ThreatText
{
public:
    using ElementLookup = std::function<const Element*(const QString& id)>;

    // Over a model as it is; indexes its elements. A description that is not stored always
    // comes from a portable rule (Rule::portable), so the model's portable library is enough.
    explicit ThreatText(const Model& model);
    // With the caller's own index (the editor's document keeps one current).
    ThreatText(const Model& model, ElementLookup lookup);
    ~ThreatText();

    QString description(const Threat& threat) const;
    // The portable rule a generated threat came from; null when this model has no such rule.
    const Rule* rule(const Threat& threat) const;
    // Renders `text` (a rule's template, or its translation) for the threat's element.
    QString render(const TextTemplate& text, const Threat& threat) const;

    // True when the description is not stored and comes from the rule.
    static bool isRendered(const Threat& threat);
    // Clears the stored descriptions of generated threats that their rule renders word for
    // word, so that they are rendered from then on: nothing is lost. For models written before
    // descriptions were rendered (schema version 2) and models from other tools. Returns how
    // many were cleared.
    static int dropRendered(Model& model);

private:
    const Model& m_model;
    std::shared_ptr<const RuleLibrary> m_library;
    std::unique_ptr<ModelIndex> m_ownIndex;
    ElementLookup m_lookup;
};

} // namespace latch
