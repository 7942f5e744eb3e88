#pragma once

#include "model/Model.h"

namespace latch {

// Step 1 of the process, the part of a model that is not the diagram or the register: what is
// being modelled, by whom, what is worth protecting and which regimes apply. One value, so
// that an edit of it is one undo command that keeps the value before and after.
struct ModelObjectives
{
    QString title;
    QString owner;
    QStringList reviewers;
    QString description;
    QString scope;
    RiskMethod riskMethod = RiskMethod::Dread;
    QVector<Asset> assets;
    QStringList compliance;

    static ModelObjectives of(const Model& model)
    {
        return {model.title, model.owner,      model.reviewers, model.description,
                model.scope, model.riskMethod, model.assets,    model.compliance};
    }

    void applyTo(Model& model) const
    {
        model.title = title;
        model.owner = owner;
        model.reviewers = reviewers;
        model.description = description;
        model.scope = scope;
        model.riskMethod = riskMethod;
        model.assets = assets;
        model.compliance = compliance;
    }

    friend bool operator==(const ModelObjectives& a, const ModelObjectives& b)
    {
        return a.title == b.title && a.owner == b.owner && a.reviewers == b.reviewers &&
               a.description == b.description && a.scope == b.scope &&
               a.riskMethod == b.riskMethod && a.assets == b.assets && a.compliance == b.compliance;
    }
    friend bool operator!=(const ModelObjectives& a, const ModelObjectives& b) { return !(a == b); }
};

} // namespace latch
