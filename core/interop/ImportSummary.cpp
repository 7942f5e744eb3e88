#include "ImportSummary.h"

namespace latch {

QString ImportSummary::countsText() const
{
    auto count = [](int n, const char* one, const char* many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    QStringList parts{count(diagrams, "diagram", "diagrams")};
    const struct
    {
        ElementKind kind;
        const char* one;
        const char* many;
    } kinds[] = {{ElementKind::Entity, "external entity", "external entities"},
                 {ElementKind::Process, "process", "processes"},
                 {ElementKind::Store, "data store", "data stores"},
                 {ElementKind::Flow, "data flow", "data flows"},
                 {ElementKind::Boundary, "trust boundary", "trust boundaries"},
                 {ElementKind::Note, "note", "notes"}};
    for (const auto& k : kinds)
        parts << count(elements.value(k.kind), k.one, k.many);
    parts << count(threats, "threat", "threats") << count(mitigations, "mitigation", "mitigations");
    return parts.join(QStringLiteral(", "));
}

} // namespace latch
