#include "Rule.h"

namespace latch {

namespace {

const struct
{
    RuleTarget target;
    const char* name;
} targetNames[] = {{RuleTarget::Entity, "entity"}, {RuleTarget::Process, "process"},
                   {RuleTarget::Store, "store"},   {RuleTarget::Boundary, "boundary"},
                   {RuleTarget::Flow, "flow"},     {RuleTarget::Interaction, "interaction"}};

} // namespace

QString ruleTargetName(RuleTarget target)
{
    for (const auto& t : targetNames) {
        if (t.target == target)
            return QString::fromLatin1(t.name);
    }
    return {};
}

std::optional<RuleTarget> ruleTargetFromName(const QString& name)
{
    for (const auto& t : targetNames) {
        if (name == QLatin1String(t.name))
            return t.target;
    }
    return std::nullopt;
}

ElementKind ruleTargetKind(RuleTarget target)
{
    switch (target) {
    case RuleTarget::Entity:
        return ElementKind::Entity;
    case RuleTarget::Process:
        return ElementKind::Process;
    case RuleTarget::Store:
        return ElementKind::Store;
    case RuleTarget::Boundary:
        return ElementKind::Boundary;
    case RuleTarget::Flow:
    case RuleTarget::Interaction:
        return ElementKind::Flow;
    }
    return ElementKind::Flow;
}

} // namespace latch
