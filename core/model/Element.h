#pragma once

#include "ElementKind.h"
#include "Point.h"
#include "Rect.h"

#include <QString>
#include <QVariantMap>
#include <QVector>

namespace latch {

// One shape of a data-flow diagram. A plain value: the editor's scene items refer to it by id.
// Which members matter depends on the kind: boxes use `bounds`; flows use source/target/points;
// boundaries are regions (`bounds`) or open lines (`points`).
struct Element
{
    QString id;
    ElementKind kind = ElementKind::Process;
    // The kind's name ("process") or a rule library's subtype of it ("process.webApi",
    // a TMT stencil type); rules' type tests match subtypes.
    QString type;
    QString name;
    QString description;

    Rect bounds;

    QString source;
    QString target;
    bool bidirectional = false;
    QVector<Point> points; // a flow's bend points, or a line boundary's vertices
    // A flow drawn as a smooth curve through its bend points (as TMT and Threat Dragon draw
    // theirs) rather than straight segments between them; see FlowPath::centreline.
    bool curved = false;
    // Where the user dragged a flow's label, from the place Latch would put it; (0, 0) is
    // Latch's own placement.
    Point labelOffset;

    BoundaryShape shape = BoundaryShape::Region;

    // Typed properties (bool, qlonglong, double or QString), keyed by the rule library's names.
    QVariantMap properties;

    // The type, or the kind's name while no type is set.
    QString effectiveType() const { return type.isEmpty() ? elementKindName(kind) : type; }

    bool isRegionBoundary() const
    {
        return kind == ElementKind::Boundary && shape == BoundaryShape::Region;
    }
    bool isLineBoundary() const
    {
        return kind == ElementKind::Boundary && shape == BoundaryShape::Line;
    }

    friend bool operator==(const Element& a, const Element& b);
    friend bool operator!=(const Element& a, const Element& b) { return !(a == b); }
};

} // namespace latch

// Plain values: Qt containers may move them with memcpy when they grow.
Q_DECLARE_TYPEINFO(latch::Element, Q_RELOCATABLE_TYPE);
