#include "SelectTool.h"

#include "Document.h"
#include "commands/EditElementCommand.h"
#include "commands/MoveElementsCommand.h"
#include "model/BoundaryGeometry.h"
#include "model/FlowPath.h"
#include "report/DiagramPainter.h"
#include "scene/DiagramScene.h"
#include "scene/ElementItem.h"
#include "scene/FlowItem.h"
#include "scene/SnapGuides.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QLineF>
#include <QSet>

namespace latch {

int SelectTool::bendPointAt(const Element& element, QPointF at)
{
    for (int i = 0; i < element.points.size(); ++i) {
        const Point& p = element.points.at(i);
        if (QLineF(at, QPointF(p.x, p.y)).length() <= handleReach)
            return i;
    }
    return -1;
}

bool SelectTool::pressHandle(DiagramScene& scene, QPointF at)
{
    const QStringList selected = scene.selectedIds();
    if (selected.size() != 1)
        return false;
    const Element* element = scene.document()->element(selected.first());
    if (!element)
        return false;
    m_handled = element->id;
    if (isBoxShaped(element->kind) || element->isRegionBoundary()) {
        const QRectF bounds(element->bounds.x, element->bounds.y, element->bounds.width,
                            element->bounds.height);
        if (const auto handle = ResizeHandles::at(bounds, at, handleReach)) {
            m_mode = Mode::Resize;
            m_handle = *handle;
            return true;
        }
    }
    if (element->isLineBoundary()) {
        // A vertex of a boundary line is dragged to bend the line; the rest of it moves it.
        if (const int vertex = bendPointAt(*element, at); vertex >= 0) {
            m_mode = Mode::Bend;
            m_bend = vertex;
            return true;
        }
    }
    if (element->kind == ElementKind::Flow) {
        const auto* flow = static_cast<FlowItem*>(scene.itemFor(element->id));
        if (flow && flow->path().size() >= 2) {
            if (QLineF(at, flow->path().first()).length() <= handleReach) {
                m_mode = Mode::Reconnect;
                m_sourceEnd = true;
                return true;
            }
            if (QLineF(at, flow->path().last()).length() <= handleReach) {
                m_mode = Mode::Reconnect;
                m_sourceEnd = false;
                return true;
            }
            if (const int bend = bendPointAt(*element, at); bend >= 0) {
                m_mode = Mode::Bend;
                m_bend = bend;
                return true;
            }
            // Elsewhere on its line: a new bend point, made once the mouse moves (a click
            // alone changes nothing).
            if (scene.elementItemAt(at) == flow) {
                m_mode = Mode::Bend;
                m_bend = -1;
                m_pressed = at;
                return true;
            }
        }
    }
    return false;
}

void SelectTool::bendTo(DiagramScene& scene, QPointF at)
{
    const Element* element = scene.document()->element(m_handled);
    if (!element)
        return;
    Element bent = *element;
    if (m_bend < 0) {
        if (QLineF(at, m_pressed).length() < 3)
            return; // not a drag yet
        const Point grabbed{qRound(m_pressed.x()), qRound(m_pressed.y())};
        m_bend = FlowPath::bendInsertionIndex(*element, scene.document()->element(element->source),
                                              scene.document()->element(element->target), grabbed);
        bent.points.insert(m_bend, grabbed);
    }
    if (m_bend >= bent.points.size())
        return;
    const QPointF snapped = scene.snapPoint(at);
    bent.points[m_bend] = Point{qRound(snapped.x()), qRound(snapped.y())};
    if (bent.points == element->points)
        return;
    scene.document()->undoStack()->push(new EditElementCommand(
        scene.document(), bent, QCoreApplication::translate("SelectTool", "Bend flow"),
        QStringLiteral("bend:%1").arg(m_drag)));
}

void SelectTool::labelTo(DiagramScene& scene, QPointF at)
{
    const Element* element = scene.document()->element(m_handled);
    if (!element)
        return;
    if (QLineF(at, m_pressed).length() < 3)
        return; // not a drag yet: a click only selects
    const QPointF offset = m_labelStart + (at - m_pressed);
    Element moved = *element;
    moved.labelOffset = Point{qRound(offset.x()), qRound(offset.y())};
    if (moved.labelOffset == Point{})
        moved.labelOffset = Point{0, 1}; // (0, 0) would mean "Latch places it"
    if (moved.labelOffset == element->labelOffset)
        return;
    scene.document()->undoStack()->push(new EditElementCommand(
        scene.document(), moved, QCoreApplication::translate("SelectTool", "Move label"),
        QStringLiteral("label:%1").arg(m_drag)));
}

void SelectTool::resizeTo(DiagramScene& scene, QPointF at)
{
    constexpr int minimumWidth = 40;
    constexpr int minimumHeight = 30;
    const Element* element = scene.document()->element(m_handled);
    if (!element)
        return;
    const QPointF to = scene.snapPoint(at);
    const QRectF now(element->bounds.x, element->bounds.y, element->bounds.width,
                     element->bounds.height);
    const QRectF wanted =
        ResizeHandles::resized(now, m_handle, QPointF(qRound(to.x()), qRound(to.y())),
                               QSizeF(minimumWidth, minimumHeight));
    Element resized = *element;
    resized.bounds = Rect{qRound(wanted.x()), qRound(wanted.y()), qRound(wanted.width()),
                          qRound(wanted.height())};
    if (resized.bounds == element->bounds)
        return;
    scene.document()->undoStack()->push(new EditElementCommand(
        scene.document(), resized, QCoreApplication::translate("SelectTool", "Resize"),
        QStringLiteral("resize:%1").arg(m_drag)));
}

void SelectTool::showEnclosed(DiagramScene& scene, const QStringList& dragged) const
{
    QSet<QString> enclosed;
    const Diagram* diagram = scene.document()->diagram(scene.diagramId());
    QVector<const Element*> regions;
    for (const QString& id : dragged) {
        const Element* e = scene.document()->element(id);
        if (e && e->isRegionBoundary())
            regions.append(e);
    }
    if (diagram && !regions.isEmpty()) {
        for (const Element& e : diagram->elements) {
            if (e.kind == ElementKind::Flow || e.kind == ElementKind::Note)
                continue;
            for (const Element* region : std::as_const(regions)) {
                if (BoundaryGeometry::encloses(*region, e))
                    enclosed.insert(e.id);
            }
        }
    }
    scene.setEnclosed(enclosed);
}

bool SelectTool::press(DiagramScene& scene, QGraphicsSceneMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_drag = MoveElementsCommand::nextDrag();
    if (pressHandle(scene, event->scenePos())) {
        m_dragging = true;
        return true;
    }
    ElementItem* hit = scene.elementItemAt(event->scenePos());
    if (!hit)
        return false; // empty canvas: the view's rubber band selects
    if (event->modifiers() & Qt::ControlModifier) {
        hit->setSelected(!hit->isSelected());
        return true;
    }
    if (const auto* flow = dynamic_cast<FlowItem*>(hit);
        flow && flow->labelBox().contains(event->scenePos())) {
        scene.selectOnly(flow->elementId());
        const Element* e = scene.document()->element(flow->elementId());
        m_handled = flow->elementId();
        m_pressed = event->scenePos();
        // Where it is drawn now, as an offset: a label Latch placed is picked up from there.
        m_labelStart =
            flow->labelBox().center() - DiagramPainter::flowLabelAnchor(flow->path(), *e);
        m_mode = Mode::Label;
        m_dragging = true;
        return true;
    }
    if (!hit->isSelected())
        scene.selectOnly(hit->elementId());
    m_ids = scene.selectedIds();
    m_pressed = event->scenePos();
    m_startBounds = QRectF();
    m_others.clear();
    m_free = event->modifiers() & Qt::AltModifier;
    if (const Diagram* diagram = scene.document()->diagram(scene.diagramId())) {
        const QSet<QString> moving(m_ids.cbegin(), m_ids.cend());
        for (const Element& e : diagram->elements) {
            if (!isBoxShaped(e.kind) && !e.isRegionBoundary())
                continue;
            const QRectF r(e.bounds.x, e.bounds.y, e.bounds.width, e.bounds.height);
            if (moving.contains(e.id))
                m_startBounds = m_startBounds.isNull() ? r : m_startBounds.united(r);
            else
                m_others.append(r);
        }
    }
    m_applied = QPointF();
    m_mode = Mode::Move;
    m_dragging = true;
    return true;
}

bool SelectTool::move(DiagramScene& scene, QGraphicsSceneMouseEvent* event)
{
    if (!m_dragging)
        return false;
    if (m_mode == Mode::Resize) {
        resizeTo(scene, event->scenePos());
        showEnclosed(scene, {m_handled});
        return true;
    }
    if (m_mode == Mode::Bend) {
        bendTo(scene, event->scenePos());
        return true;
    }
    if (m_mode == Mode::Label) {
        labelTo(scene, event->scenePos());
        return true;
    }
    if (m_mode == Mode::Reconnect)
        return true; // decided on release, over the new end
    QPointF wanted = scene.snapOffset(event->scenePos() - m_pressed);
    if (!m_startBounds.isNull() && !m_free && !(event->modifiers() & Qt::AltModifier)) {
        const SnapGuides::Result snap =
            SnapGuides::snap(m_startBounds.translated(wanted), m_others, guideReach);
        wanted += snap.correction;
        scene.setGuides(snap.guides);
    } else {
        scene.setGuides({});
    }
    const QPointF step = wanted - m_applied;
    if (qRound(step.x()) == 0 && qRound(step.y()) == 0)
        return true;
    scene.document()->undoStack()->push(new MoveElementsCommand(
        scene.document(), m_ids, qRound(step.x()), qRound(step.y()), m_drag));
    m_applied += QPointF(qRound(step.x()), qRound(step.y()));
    showEnclosed(scene, m_ids);
    return true;
}

bool SelectTool::release(DiagramScene& scene, QGraphicsSceneMouseEvent* event)
{
    if (!m_dragging)
        return false;
    if (m_mode == Mode::Reconnect) {
        const Element* flow = scene.document()->element(m_handled);
        ElementItem* over = scene.elementItemAt(event->scenePos(), true);
        if (flow && over) {
            Element reconnected = *flow;
            (m_sourceEnd ? reconnected.source : reconnected.target) = over->elementId();
            const bool changed =
                reconnected.source != flow->source || reconnected.target != flow->target;
            if (changed && reconnected.source != reconnected.target)
                scene.document()->undoStack()->push(new EditElementCommand(
                    scene.document(), reconnected,
                    QCoreApplication::translate("SelectTool", "Reconnect flow")));
        }
    }
    cancel(scene);
    return true;
}

void SelectTool::cancel(DiagramScene& scene)
{
    scene.setGuides({});
    scene.setEnclosed({});
    m_others.clear();
    m_dragging = false;
    m_mode = Mode::None;
    m_handled.clear();
    m_bend = -1;
}

} // namespace latch
