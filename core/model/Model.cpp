#include "Model.h"

#include "IdGenerator.h"

#include <algorithm>

namespace latch {

QString riskMethodName(RiskMethod method)
{
    return method == RiskMethod::Dread ? QStringLiteral("dread") : QStringLiteral("matrix");
}

const Element* Model::findElement(const QString& elementId) const
{
    for (const Diagram& diagram : diagrams) {
        if (const Element* element = diagram.findElement(elementId))
            return element;
    }
    return nullptr;
}

const Diagram* Model::diagramOf(const QString& elementId) const
{
    for (const Diagram& diagram : diagrams) {
        if (diagram.findElement(elementId))
            return &diagram;
    }
    return nullptr;
}

const Threat* Model::findThreat(const QString& threatId) const
{
    auto it = std::find_if(threats.cbegin(), threats.cend(),
                           [&](const Threat& t) { return t.id == threatId; });
    return it == threats.cend() ? nullptr : &*it;
}

const Mitigation* Model::findMitigation(const QString& mitigationId) const
{
    auto it = std::find_if(mitigations.cbegin(), mitigations.cend(),
                           [&](const Mitigation& m) { return m.id == mitigationId; });
    return it == mitigations.cend() ? nullptr : &*it;
}

Model Model::blank(const QString& title)
{
    Model model;
    model.title = title;
    Diagram diagram;
    diagram.id = IdGenerator::newId(IdKind::Diagram);
    diagram.name = QStringLiteral("Main");
    model.diagrams.append(diagram);
    return model;
}

bool operator==(const Model& a, const Model& b)
{
    return a.title == b.title && a.owner == b.owner && a.reviewers == b.reviewers &&
           a.description == b.description && a.scope == b.scope && a.riskMethod == b.riskMethod &&
           a.frameworks == b.frameworks && a.assets == b.assets && a.compliance == b.compliance &&
           a.diagrams == b.diagrams && a.threats == b.threats && a.mitigations == b.mitigations &&
           a.embeddedLibrary == b.embeddedLibrary && a.conflicts == b.conflicts;
}

} // namespace latch
