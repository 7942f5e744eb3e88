#pragma once

#include "Condition.h"
#include "TextTemplate.h"
#include "model/DreadScore.h"
#include "model/ElementKind.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace latch {

// What a rule is evaluated for: each element of a kind (STRIDE per element), each flow, or
// each interaction (a flow with its source, target and crossed boundaries).
enum class RuleTarget
{
    Entity,
    Process,
    Store,
    Boundary,
    Flow,
    Interaction
};

QString ruleTargetName(RuleTarget target);
std::optional<RuleTarget> ruleTargetFromName(const QString& name);
// The kind of element a rule's threat is attached to.
ElementKind ruleTargetKind(RuleTarget target);

// One rule of a library: when `condition` holds, a threat of `category` is generated, its
// title and description rendered from the templates.
struct Rule
{
    QString id;
    QString category;
    RuleTarget target = RuleTarget::Process;
    std::shared_ptr<const Condition> condition;
    TextTemplate title;
    TextTemplate description;
    std::optional<DreadScore> dread;
    QStringList mitigations; // ids in the library's mitigation catalog
    QStringList references;  // "API1:2023", "CWE-639", "CAPEC-122"
    // The one reference that names the weakness the rule states, or empty for a rule as broad
    // as a STRIDE category. Two threats on one element that name the same weakness in the same
    // category say the same thing (ThreatRepeats).
    QString weakness;
    QString library; // id of the library that defined it
    // 1, 2 or 3 when the library is one of the built-in frameworks (Frameworks), else 0: a
    // rule of a framework the model does not use generates nothing.
    int framework = 0;
    // Defined by the built-in library or by the model's own, so that every Latch reading the
    // model has it: its threats' descriptions are rendered, not stored (see ThreatText).
    bool portable = false;
};

} // namespace latch
