#pragma once

#include <QString>

#include <optional>

namespace latch {

// The five DFD kinds plus free-text notes.
enum class ElementKind
{
    Entity,
    Process,
    Store,
    Flow,
    Boundary,
    Note
};

// Region boundaries enclose elements; line boundaries are crossed by flows.
enum class BoundaryShape
{
    Region,
    Line
};

inline constexpr ElementKind allElementKinds[] = {ElementKind::Entity,   ElementKind::Process,
                                                  ElementKind::Store,    ElementKind::Flow,
                                                  ElementKind::Boundary, ElementKind::Note};

// The names used in files and on the command line ("entity", "process", ...).
QString elementKindName(ElementKind kind);
std::optional<ElementKind> elementKindFromName(const QString& name);

QString boundaryShapeName(BoundaryShape shape);
std::optional<BoundaryShape> boundaryShapeFromName(const QString& name);

// Kinds a flow may start or end at.
bool canBeFlowEndpoint(ElementKind kind);
// Kinds drawn as a box with x/y/width/height.
bool isBoxShaped(ElementKind kind);

} // namespace latch
