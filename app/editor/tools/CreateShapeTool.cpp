#include "CreateShapeTool.h"

#include "Document.h"
#include "commands/AddElementsCommand.h"
#include "model/IdGenerator.h"
#include "scene/DiagramScene.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>

namespace latch {

namespace {

struct ShapeDefaults
{
    int width;
    int height;
    const char* name;
    const char* command;
};

ShapeDefaults defaultsFor(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Entity:
        return {140, 70, QT_TRANSLATE_NOOP("CreateShapeTool", "External entity"),
                QT_TRANSLATE_NOOP("CreateShapeTool", "Add external entity")};
    case ElementKind::Store:
        return {160, 60, QT_TRANSLATE_NOOP("CreateShapeTool", "Data store"),
                QT_TRANSLATE_NOOP("CreateShapeTool", "Add data store")};
    case ElementKind::Note:
        return {200, 80, QT_TRANSLATE_NOOP("CreateShapeTool", "Note"),
                QT_TRANSLATE_NOOP("CreateShapeTool", "Add note")};
    default:
        return {110, 110, QT_TRANSLATE_NOOP("CreateShapeTool", "Process"),
                QT_TRANSLATE_NOOP("CreateShapeTool", "Add process")};
    }
}

} // namespace

bool CreateShapeTool::press(DiagramScene& scene, QGraphicsSceneMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const ShapeDefaults defaults = defaultsFor(m_kind);
    const QPointF centre = scene.snapPoint(event->scenePos());
    Element element;
    element.id = IdGenerator::newId(IdKind::Element);
    element.kind = m_kind;
    element.type = elementKindName(m_kind);
    element.name = QCoreApplication::translate("CreateShapeTool", defaults.name);
    element.bounds = {qRound(centre.x()) - defaults.width / 2,
                      qRound(centre.y()) - defaults.height / 2, defaults.width, defaults.height};
    scene.document()->undoStack()->push(
        new AddElementsCommand(scene.document(), scene.diagramId(), {element},
                               QCoreApplication::translate("CreateShapeTool", defaults.command)));
    scene.selectOnly(element.id);
    scene.finishTool();
    return true;
}

} // namespace latch
