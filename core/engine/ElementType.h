#pragma once

#include "PropertySchema.h"
#include "model/ElementKind.h"

#include <QString>
#include <QVariantMap>
#include <QVector>

namespace latch {

// A node of the rule library's type tree: the six kinds are the roots ("process"), subtypes
// refine them ("process.webApi", or a TMT stencil such as "SE.P.TMCore.WebApp").
struct ElementType
{
    QString id;
    QString parent; // empty for a root
    QString name;
    QString description;
    ElementKind kind = ElementKind::Process;
    QVector<PropertySchema> properties; // declared by this type itself
    QVariantMap defaults;               // overrides of inherited defaults
    // Set on a TMT template's generic stencil: the Latch kind drawn shapes of which stand for
    // it ("process", ...; for boundaries "region boundary", "line boundary" or "boundary" for
    // both). See NativeStencils.
    QString standsFor;
};

} // namespace latch
