#include "ThreatRepeats.h"

#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "model/Model.h"
#include "model/ModelIndex.h"

#include <algorithm>
#include <functional>
#include <memory>

namespace latch {

namespace {

bool takesPart(const Threat& t)
{
    return !t.obsolete && !t.distinct;
}

// Each threat's link to the threat it repeats (-1: none) and whether the link is a hop.
struct Links
{
    QVector<int> to;
    QVector<bool> hop;
};

using WeaknessOf = std::function<QString(const Threat&)>;

// A generated threat on a flow repeats the same rule's threat with the same title on the one
// flow of that kind that ends where its own flow starts. Only rules that name a weakness (a
// check that fails): a STRIDE prompt such as eavesdropping is a question for every hop.
void linkHops(const Model& model, const ModelIndex& index, const WeaknessOf& weaknessOf,
              Links& links)
{
    QHash<QPair<QString, QString>, QVector<int>> byRuleAndTitle;
    for (int i = 0; i < model.threats.size(); ++i) {
        const Threat& t = model.threats.at(i);
        if (t.origin != ThreatOrigin::Generated || !takesPart(t) || weaknessOf(t).isEmpty())
            continue;
        const Element* element = index.element(t.element);
        if (element && element->kind == ElementKind::Flow)
            byRuleAndTitle[qMakePair(t.rule, t.title)].append(i);
    }
    for (const QVector<int>& group : std::as_const(byRuleAndTitle)) {
        if (group.size() < 2)
            continue;
        QHash<QString, QVector<int>> endingAt;
        for (int i : group)
            endingAt[index.element(model.threats.at(i).element)->target].append(i);
        for (int i : group) {
            const Element* flow = index.element(model.threats.at(i).element);
            const QVector<int> before = endingAt.value(flow->source);
            if (before.size() == 1 && before.first() != i) {
                links.to[i] = before.first();
                links.hop[i] = true;
            }
        }
    }
}

// A generated threat repeats a threat on its element in its category that names its rule's
// weakness: a manual one first, else the generated one whose rule comes first in the library.
void linkSameElement(const Model& model, const RuleLibrary& library, const WeaknessOf& weaknessOf,
                     Links& links)
{
    QHash<QString, int> ruleOrder;
    for (int i = 0; i < library.rules().size(); ++i)
        ruleOrder.insert(library.rules().at(i).id, i);

    QHash<QString, QVector<int>> byElement;
    for (int i = 0; i < model.threats.size(); ++i) {
        if (takesPart(model.threats.at(i)))
            byElement[model.threats.at(i).element].append(i);
    }
    for (const QVector<int>& onElement : std::as_const(byElement)) {
        if (onElement.size() < 2)
            continue;
        for (int i : onElement) {
            const Threat& t = model.threats.at(i);
            if (t.origin != ThreatOrigin::Generated)
                continue;
            const QString weakness = weaknessOf(t);
            if (weakness.isEmpty())
                continue;
            int manual = -1;
            int generated = -1;
            for (int j : onElement) {
                const Threat& other = model.threats.at(j);
                if (j == i || other.category != t.category)
                    continue;
                if (other.origin == ThreatOrigin::Manual) {
                    if (manual < 0 && other.references.contains(weakness))
                        manual = j;
                } else if (weaknessOf(other) == weakness &&
                           ruleOrder.value(other.rule) < ruleOrder.value(t.rule) &&
                           (generated < 0 ||
                            ruleOrder.value(other.rule) <
                                ruleOrder.value(model.threats.at(generated).rule))) {
                    generated = j;
                }
            }
            const int to = manual >= 0 ? manual : generated;
            if (to >= 0) {
                links.to[i] = to;
                links.hop[i] = false;
            }
        }
    }
}

} // namespace

ThreatRepeats::ThreatRepeats(const Model& model, const ModelIndex* index)
{
    std::unique_ptr<ModelIndex> ownIndex;
    if (!index) {
        ownIndex = std::make_unique<ModelIndex>(model);
        index = ownIndex.get();
    }
    const QVector<Threat>& threats = model.threats;
    const int count = int(threats.size());
    Links links{QVector<int>(count, -1), QVector<bool>(count, false)};
    const std::shared_ptr<const RuleLibrary> library =
        RuleLibraryLoader::portable(model.embeddedLibrary);
    const WeaknessOf weaknessOf = [&library](const Threat& t) {
        const Rule* rule = t.rule.isEmpty() ? nullptr : library->findRule(t.rule);
        return rule ? rule->weakness : QString();
    };
    linkHops(model, *index, weaknessOf, links);
    linkSameElement(model, *library, weaknessOf, links);

    // Follow each link to the threat shown for the group. Only hops can close a circle (a link
    // to the same element always goes to a manual threat or an earlier rule); a circle is
    // opened at its smallest id, so the result does not depend on the register's order.
    QVector<int> root(count, -1);
    QVector<int> hops(count, 0);
    QVector<char> state(count, 0); // 0 unseen, 1 on the current path, 2 resolved
    for (int start = 0; start < count; ++start) {
        QVector<int> path;
        int at = start;
        while (state[at] == 0 && links.to[at] >= 0) {
            state[at] = 1;
            path.append(at);
            at = links.to[at];
        }
        if (state[at] == 1) {
            const auto first = std::find(path.begin(), path.end(), at);
            const int opened = *std::min_element(first, path.end(), [&](int a, int b) {
                return threats.at(a).id < threats.at(b).id;
            });
            links.to[opened] = -1;
            for (int i : std::as_const(path))
                state[i] = 0;
            --start; // again, with the circle open
            continue;
        }
        if (state[at] == 0) {
            state[at] = 2;
            root[at] = at;
        }
        for (auto it = path.crbegin(); it != path.crend(); ++it) {
            const int next = links.to[*it];
            root[*it] = root[next];
            hops[*it] = hops[next] + (links.hop[*it] ? 1 : 0);
            state[*it] = 2;
        }
    }

    QHash<int, QVector<int>> folded;
    for (int i = 0; i < count; ++i) {
        if (root[i] != i)
            folded[root[i]].append(i);
    }
    for (auto it = folded.begin(); it != folded.end(); ++it) {
        QVector<int>& members = it.value();
        std::stable_sort(members.begin(), members.end(),
                         [&](int a, int b) { return hops[a] < hops[b]; });
        const QString& shown = threats.at(it.key()).id;
        QStringList ids;
        QStringList flows;
        bool chain = false;
        if (const Element* e = index->element(threats.at(it.key()).element);
            e && e->kind == ElementKind::Flow)
            flows.append(e->id);
        for (int i : std::as_const(members)) {
            ids.append(threats.at(i).id);
            m_shownAs.insert(threats.at(i).id, shown);
            chain = chain || hops[i] > 0;
            const Element* e = index->element(threats.at(i).element);
            if (e && e->kind == ElementKind::Flow && !flows.contains(e->id))
                flows.append(e->id);
        }
        m_repeats.insert(shown, ids);
        if (chain)
            m_hops.insert(shown, flows);
    }
}

} // namespace latch
