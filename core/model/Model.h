#pragma once

#include "Asset.h"
#include "Diagram.h"
#include "MergeConflict.h"
#include "Mitigation.h"
#include "Threat.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace latch {

enum class RiskMethod
{
    Dread,
    Matrix
};

QString riskMethodName(RiskMethod method);

// A whole threat model: the objectives of step 1, the diagrams, the register and the catalog.
// A plain value type; the file format, the engine and the editor all work on it.
struct Model
{
    QString title;
    QString owner;
    QStringList reviewers;
    QString description;
    QString scope;
    RiskMethod riskMethod = RiskMethod::Dread;
    // The built-in frameworks whose rules generate threats (Frameworks: "stride", "linddun",
    // "cia"), in that order; STRIDE alone unless the model says otherwise.
    QStringList frameworks{QStringLiteral("stride")};
    QVector<Asset> assets;
    QStringList compliance; // "PCI DSS", "HIPAA", "GDPR", ...

    QVector<Diagram> diagrams;
    QVector<Threat> threats;
    QVector<Mitigation> mitigations;

    // A rule library that travels with the model (resources/rules/README.md), as compact JSON
    // text; empty when the model has none. Layered on top of the built-in library.
    QByteArray embeddedLibrary;

    // What a three-way merge left for people to settle (README, "Merging two branches"); empty
    // in a model nobody merged, or once every conflict is resolved.
    QVector<MergeConflict> conflicts;

    // Linear lookups for occasional use; bulk work should build a ModelIndex.
    const Element* findElement(const QString& elementId) const;
    const Diagram* diagramOf(const QString& elementId) const;
    const Threat* findThreat(const QString& threatId) const;
    const Mitigation* findMitigation(const QString& mitigationId) const;

    // A model with one empty diagram, as File > New makes it.
    static Model blank(const QString& title);

    friend bool operator==(const Model& a, const Model& b);
    friend bool operator!=(const Model& a, const Model& b) { return !(a == b); }
};

} // namespace latch
