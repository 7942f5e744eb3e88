#include "ElementKind.h"

namespace latch {

QString elementKindName(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Entity:
        return QStringLiteral("entity");
    case ElementKind::Process:
        return QStringLiteral("process");
    case ElementKind::Store:
        return QStringLiteral("store");
    case ElementKind::Flow:
        return QStringLiteral("flow");
    case ElementKind::Boundary:
        return QStringLiteral("boundary");
    case ElementKind::Note:
        return QStringLiteral("note");
    }
    return {};
}

std::optional<ElementKind> elementKindFromName(const QString& name)
{
    for (ElementKind kind : allElementKinds) {
        if (elementKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString boundaryShapeName(BoundaryShape shape)
{
    return shape == BoundaryShape::Region ? QStringLiteral("region") : QStringLiteral("line");
}

std::optional<BoundaryShape> boundaryShapeFromName(const QString& name)
{
    if (name == QLatin1String("region"))
        return BoundaryShape::Region;
    if (name == QLatin1String("line"))
        return BoundaryShape::Line;
    return std::nullopt;
}

bool canBeFlowEndpoint(ElementKind kind)
{
    return kind == ElementKind::Entity || kind == ElementKind::Process ||
           kind == ElementKind::Store;
}

bool isBoxShaped(ElementKind kind)
{
    return kind == ElementKind::Entity || kind == ElementKind::Process ||
           kind == ElementKind::Store || kind == ElementKind::Note;
}

} // namespace latch
