#include "DiagramScene.h"

#include "BoundaryItem.h"
#include "Document.h"
#include "FlowItem.h"
#include "GhostItem.h"
#include "ShapeItem.h"
#include "commands/EditElementCommand.h"
#include "commands/MoveElementsCommand.h"
#include "commands/RemoveElementsCommand.h"
#include "engine/RiskScoring.h"
#include "engine/RiskSummary.h"
#include "language/RuleText.h"
#include "model/FlowPath.h"
#include "register/ThreatRegister.h"
#include "report/LabelObstacles.h"
#include "tools/BoundaryTool.h"
#include "tools/CreateShapeTool.h"
#include "tools/FlowTool.h"
#include "tools/SelectTool.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace latch {

DiagramScene::DiagramScene(Document* document, QString diagramId, QObject* parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_diagramId(std::move(diagramId))
    , m_tool(std::make_unique<SelectTool>())
{
    // Large diagrams: the index keeps hit tests and exposed-area painting fast.
    setItemIndexMethod(BspTreeIndex);
    if (const Diagram* diagram = m_document->diagram(m_diagramId)) {
        for (const Element& element : diagram->elements)
            addItemFor(element);
        // Flows last, so that their ends and the shapes their labels avoid are in place.
        for (const bool flows : {false, true}) {
            for (ElementItem* item : std::as_const(m_items)) {
                if (bool(dynamic_cast<FlowItem*>(item)) == flows)
                    item->syncFromModel();
            }
        }
    }
    // Room for a workshop's whole diagram from the start, and for whatever the model holds.
    const qreal m = workingMargin;
    setSceneRect(QRectF(-m, -m, 6 * m, 4 * m).united(contentRect().adjusted(-m, -m, m, m)));
    connect(m_document, &Document::elementInserted, this, &DiagramScene::onInserted);
    connect(m_document, &Document::elementChanged, this, &DiagramScene::onChanged);
    connect(m_document, &Document::elementRemoved, this, &DiagramScene::onRemoved);
    // Badges follow the register; a repaint of what is visible is all they need.
    auto repaint = [this] {
        if (m_badges)
            update();
    };
    connect(m_document, &Document::threatsChanged, this, repaint);
    connect(m_document, &Document::threatChanged, this, repaint);
    connect(m_document, &Document::objectivesChanged, this, repaint);
    // A new selection starts a new run of nudges (its own undo step).
    connect(this, &QGraphicsScene::selectionChanged, this, [this] { m_nudge = 0; });
}

DiagramScene::~DiagramScene()
{
    // QGraphicsScene deletes the items after this body, and each deleted selected item signals
    // a selection change: no listener may ask this half-destroyed scene about it.
    disconnect(this, &QGraphicsScene::selectionChanged, nullptr, nullptr);
}

void DiagramScene::addItemFor(const Element& element)
{
    ElementItem* item = nullptr;
    if (element.kind == ElementKind::Flow) {
        item = new FlowItem(m_document, &m_painter, element.id);
    } else if (element.kind == ElementKind::Boundary) {
        item = new BoundaryItem(m_document, &m_painter, element.id);
    } else {
        item = new ShapeItem(m_document, &m_painter, element.id);
    }
    m_items.insert(element.id, item);
    addItem(item);
}

void DiagramScene::onInserted(const QString& diagramId, const QString& elementId)
{
    if (diagramId != m_diagramId)
        return;
    const Element* element = m_document->element(elementId);
    m_obstacles.reset(); // shapes may have come, moved or gone: filed again when next asked
    addItemFor(*element);
    ElementItem* item = m_items.value(elementId);
    item->syncFromModel();
    itemPlaced(item);
    if (element->kind == ElementKind::Flow)
        syncFlowsBetween(element->source, element->target);
    else if (isBoxShaped(element->kind))
        syncLabelsNear(item->sceneBoundingRect());
}

void DiagramScene::onChanged(const QString& diagramId, const QString& elementId)
{
    if (diagramId != m_diagramId)
        return;
    ElementItem* item = m_items.value(elementId);
    if (!item)
        return;
    auto* flow = dynamic_cast<FlowItem*>(item);
    m_obstacles.reset();
    const QString oldSource = flow ? flow->sourceId() : QString();
    const QString oldTarget = flow ? flow->targetId() : QString();
    item->syncFromModel();
    itemPlaced(item);
    if (flow) {
        if (oldSource != flow->sourceId() || oldTarget != flow->targetId())
            syncFlowsBetween(oldSource, oldTarget);
        syncFlowsBetween(flow->sourceId(), flow->targetId());
        return;
    }
    syncFlowsAt(elementId);
    if (const Element* element = m_document->element(elementId);
        element && isBoxShaped(element->kind))
        syncLabelsNear(item->sceneBoundingRect());
}

void DiagramScene::onRemoved(const QString& diagramId, const QString& elementId)
{
    if (diagramId != m_diagramId)
        return;
    ElementItem* item = m_items.take(elementId);
    if (!item)
        return;
    const auto* flow = dynamic_cast<FlowItem*>(item);
    m_obstacles.reset();
    const QString source = flow ? flow->sourceId() : QString();
    const QString target = flow ? flow->targetId() : QString();
    const QRectF area = item->sceneBoundingRect();
    removeItem(item);
    delete item;
    m_contentValid = false; // the working area keeps its size: nothing else moves
    if (flow)
        syncFlowsBetween(source, target);
    else
        syncLabelsNear(area);
}

void DiagramScene::setMarks(const CanvasMarks* marks)
{
    if (m_marks)
        disconnect(m_marks, nullptr, this, nullptr);
    m_marks = marks;
    if (m_marks)
        connect(m_marks, &CanvasMarks::changed, this, &DiagramScene::refreshMarks);
    refreshMarks();
}

CanvasMarks::Mark DiagramScene::markFor(const QString& elementId) const
{
    const CanvasMarks::Mark mark = m_marks ? m_marks->markFor(elementId) : CanvasMarks::Mark::None;
    if (mark != CanvasMarks::Mark::Conflict && m_enclosed.contains(elementId))
        return CanvasMarks::Mark::Inside;
    return mark;
}

void DiagramScene::setEnclosed(const QSet<QString>& ids)
{
    if (ids == m_enclosed)
        return;
    m_enclosed = ids;
    update();
}

void DiagramScene::refreshMarks()
{
    qDeleteAll(m_ghosts);
    m_ghosts.clear();
    if (m_marks && m_marks->compared()) {
        for (const QString& id : m_marks->removedIn(m_diagramId)) {
            auto* ghost = new GhostItem(&m_painter, m_marks->compared(), id);
            m_ghosts.insert(id, ghost);
            addItem(ghost);
            includeInWorkingArea(ghost->sceneBoundingRect());
        }
    }
    m_contentValid = false;
    update();
}

void DiagramScene::itemPlaced(const ElementItem* item)
{
    m_contentValid = false;
    const qreal m = workingMargin / 2;
    includeInWorkingArea(item->sceneBoundingRect().adjusted(-m, -m, m, m));
}

void DiagramScene::includeInWorkingArea(const QRectF& rect)
{
    const QRectF area = sceneRect();
    if (!area.contains(rect))
        setSceneRect(area.united(rect));
}

QRectF DiagramScene::contentRect() const
{
    if (!m_contentValid) {
        m_content = itemsBoundingRect();
        m_contentValid = true;
    }
    return m_content;
}

void DiagramScene::syncFlowsAt(const QString& elementId)
{
    // The document's index knows the flows at an element (they share its diagram).
    for (const QString& flowId : m_document->index().flowsAt(elementId)) {
        if (ElementItem* flow = m_items.value(flowId))
            flow->syncFromModel();
    }
}

void DiagramScene::syncFlowsBetween(const QString& source, const QString& target)
{
    for (const QString& flowId : m_document->index().flowsAt(source)) {
        const Element* flow = m_document->element(flowId);
        if (!flow || !((flow->source == source && flow->target == target) ||
                       (flow->source == target && flow->target == source)))
            continue;
        if (ElementItem* item = m_items.value(flowId))
            item->syncFromModel();
    }
}

void DiagramScene::syncLabelsNear(const QRectF& area)
{
    for (QGraphicsItem* item : items(area)) { // a copy: syncing moves items in the index
        if (auto* flow = dynamic_cast<FlowItem*>(item))
            flow->syncFromModel();
    }
}

QVector<QRectF> DiagramScene::labelObstaclesNear(const QRectF& area) const
{
    // Filed once per change of shapes: the scene's index, asked per flow, is quadratic.
    if (!m_obstacles) {
        const Diagram* diagram = m_document->diagram(m_diagramId);
        m_obstacles = std::make_unique<LabelObstacles>(diagram ? *diagram : Diagram());
    }
    return m_obstacles->near(area);
}

void DiagramScene::setTool(ToolKind kind)
{
    if (m_tool)
        m_tool->cancel(*this);
    m_toolKind = kind;
    switch (kind) {
    case ToolKind::Select:
        m_tool = std::make_unique<SelectTool>();
        break;
    case ToolKind::Entity:
        m_tool = std::make_unique<CreateShapeTool>(ElementKind::Entity);
        break;
    case ToolKind::Process:
        m_tool = std::make_unique<CreateShapeTool>(ElementKind::Process);
        break;
    case ToolKind::Store:
        m_tool = std::make_unique<CreateShapeTool>(ElementKind::Store);
        break;
    case ToolKind::Note:
        m_tool = std::make_unique<CreateShapeTool>(ElementKind::Note);
        break;
    case ToolKind::Flow:
        m_tool = std::make_unique<FlowTool>();
        break;
    case ToolKind::Boundary:
        m_tool = std::make_unique<BoundaryTool>(BoundaryShape::Region);
        break;
    case ToolKind::BoundaryLine:
        m_tool = std::make_unique<BoundaryTool>(BoundaryShape::Line);
        break;
    }
    Q_EMIT toolChanged(kind);
}

void DiagramScene::finishTool()
{
    // Deferred: the tool that calls this is still on the stack.
    QMetaObject::invokeMethod(
        this, [this] { setTool(ToolKind::Select); }, Qt::QueuedConnection);
}

QPointF DiagramScene::snapPoint(QPointF point) const
{
    if (!m_snap)
        return point;
    return {std::round(point.x() / m_grid) * m_grid, std::round(point.y() / m_grid) * m_grid};
}

QPointF DiagramScene::snapOffset(QPointF offset) const
{
    return snapPoint(offset);
}

void DiagramScene::setBadgesVisible(bool visible)
{
    if (m_badges == visible)
        return;
    m_badges = visible;
    update();
}

ElementItem* DiagramScene::elementItemAt(QPointF scenePos, bool shapesOnly) const
{
    const auto candidates = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem* candidate : candidates) {
        if (candidate->type() != ElementItem::Type)
            continue;
        auto* item = static_cast<ElementItem*>(candidate);
        const Element* e = item->element();
        if (!e)
            continue;
        if (!shapesOnly || canBeFlowEndpoint(e->kind))
            return item;
    }
    return nullptr;
}

QStringList DiagramScene::selectedIds() const
{
    QStringList ids;
    const auto selected = selectedItems();
    for (QGraphicsItem* item : selected) {
        if (item->type() == ElementItem::Type)
            ids << static_cast<ElementItem*>(item)->elementId();
    }
    // Model order, so commands and tests see a stable order.
    if (const Diagram* diagram = m_document->diagram(m_diagramId)) {
        QStringList ordered;
        for (const Element& e : diagram->elements) {
            if (ids.contains(e.id))
                ordered << e.id;
        }
        return ordered;
    }
    return ids;
}

void DiagramScene::selectOnly(const QString& elementId)
{
    clearSelection();
    if (ElementItem* item = m_items.value(elementId))
        item->setSelected(true);
}

void DiagramScene::selectAll()
{
    for (ElementItem* item : std::as_const(m_items))
        item->setSelected(true);
}

QStringList DiagramScene::attachedFlows(const QStringList& elementIds) const
{
    QStringList flows;
    for (const QString& id : elementIds) {
        for (const QString& flow : m_document->index().flowsAt(id)) {
            if (m_items.contains(flow) && !elementIds.contains(flow) && !flows.contains(flow))
                flows << flow;
        }
    }
    return flows;
}

void DiagramScene::deleteElements(const QStringList& elementIds, bool withAttachedFlows)
{
    QStringList ids = elementIds;
    const QStringList flows = attachedFlows(elementIds);
    if (!flows.isEmpty() && !withAttachedFlows)
        return; // a flow cannot lose an end; the caller asked the user first
    ids += flows;
    if (ids.isEmpty())
        return;
    m_document->undoStack()->push(new RemoveElementsCommand(
        m_document, m_diagramId, ids,
        ids.size() == 1 ? tr("Delete element")
                        : tr("Delete %n elements", nullptr, int(ids.size()))));
}

// A gesture a tool handled is accepted: otherwise the view would also start a rubber band and
// select whatever it sweeps over.
void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_tool->press(*this, event))
        event->accept();
    else
        QGraphicsScene::mousePressEvent(event);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_tool->move(*this, event))
        event->accept();
    else
        QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_tool->release(*this, event))
        event->accept();
    else
        QGraphicsScene::mouseReleaseEvent(event);
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_toolKind == ToolKind::Select) {
        if (ElementItem* item = elementItemAt(event->scenePos())) {
            selectOnly(item->elementId());
            const Element* e = item->element();
            if (e && (e->kind == ElementKind::Flow || e->isLineBoundary()))
                toggleBendAt(item->elementId(), event->scenePos());
            else
                Q_EMIT elementDoubleClicked(item->elementId());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void DiagramScene::setGuides(const QVector<QLineF>& guides)
{
    if (guides == m_guides)
        return;
    m_guides = guides;
    update(); // the guides are drawn over everything (drawForeground)
}

void DiagramScene::drawForeground(QPainter* painter, const QRectF&)
{
    if (m_guides.isEmpty())
        return;
    painter->save();
    QPen pen(QColor(0xd8, 0x1b, 0x60), 1, Qt::DashLine);
    pen.setCosmetic(true); // one pixel at any zoom
    painter->setPen(pen);
    for (const QLineF& guide : std::as_const(m_guides))
        painter->drawLine(guide);
    painter->restore();
}

void DiagramScene::drawBackground(QPainter* painter, const QRectF& rect)
{
    painter->fillRect(rect, Qt::white);
    if (!m_snap)
        return;
    // A light dot grid; skipped when zoomed far out, where it would be noise.
    const qreal scale = painter->transform().m11();
    if (scale < 0.5)
        return;
    const int step = m_grid * 2;
    painter->setPen(QPen(QColor(0xD8, 0xDC, 0xE2), 0));
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step)
            dots.append(QPointF(x, y));
    }
    painter->drawPoints(dots.constData(), int(dots.size()));
}

void DiagramScene::toggleBendAt(const QString& elementId, QPointF at)
{
    const Element* element = m_document->element(elementId);
    const bool line = element && element->isLineBoundary();
    if (!element || (element->kind != ElementKind::Flow && !line))
        return;
    Element bent = *element;
    if (const int i = SelectTool::bendPointAt(*element, at); i >= 0) {
        if (line && element->points.size() <= 2)
            return; // a line keeps its two ends
        bent.points.removeAt(i);
        m_document->undoStack()->push(
            new EditElementCommand(m_document, bent, tr("Remove bend point")));
        return;
    }
    const QPointF snapped = snapPoint(at);
    const Point bend{qRound(snapped.x()), qRound(snapped.y())};
    // A flow's bend goes on the nearest segment of its centreline (which starts at the
    // source); a line's new vertex between the two vertices of its nearest segment.
    const int index =
        line ? FlowPath::nearestSegment(element->points, bend) + 1
             : FlowPath::bendInsertionIndex(*element, m_document->element(element->source),
                                            m_document->element(element->target), bend);
    bent.points.insert(index, bend);
    m_document->undoStack()->push(new EditElementCommand(m_document, bent, tr("Add bend point")));
}

void DiagramScene::nudgeSelection(int dx, int dy)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || (dx == 0 && dy == 0))
        return;
    if (m_nudge == 0)
        m_nudge = MoveElementsCommand::nextDrag();
    m_document->undoStack()->push(new MoveElementsCommand(m_document, ids, dx, dy, m_nudge));
}

void DiagramScene::keyPressEvent(QKeyEvent* event)
{
    const int step = event->modifiers() & Qt::ShiftModifier ? m_grid : 1;
    int dx = 0;
    int dy = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        dx = -step;
        break;
    case Qt::Key_Right:
        dx = step;
        break;
    case Qt::Key_Up:
        dy = -step;
        break;
    case Qt::Key_Down:
        dy = step;
        break;
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (selectedIds().isEmpty() ||
        (event->modifiers() & ~Qt::ShiftModifier & ~Qt::KeypadModifier)) {
        event->ignore(); // the view scrolls
        return;
    }
    nudgeSelection(dx, dy);
    event->accept();
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* event)
{
    ElementItem* item = elementItemAt(event->scenePos());
    if (item && !item->isSelected())
        selectOnly(item->elementId());
    Q_EMIT contextMenuRequested(item ? item->elementId() : QString(), event->screenPos());
    event->accept();
}

void DiagramScene::helpEvent(QGraphicsSceneHelpEvent* event)
{
    if (m_badges) {
        constexpr qreal reach = DiagramPainter::badgeRadius + 2;
        for (ElementItem* item : std::as_const(m_items)) {
            const auto centre = item->badgeCentre();
            if (!centre || QLineF(*centre, event->scenePos()).length() > reach)
                continue;
            const QString text = badgeToolTip(item->elementId());
            if (!text.isEmpty()) {
                QToolTip::showText(event->screenPos(), text, event->widget());
                event->accept();
                return;
            }
        }
    }
    QGraphicsScene::helpEvent(event);
}

QString DiagramScene::badgeToolTip(const QString& elementId) const
{
    const Model& model = m_document->model();
    QVector<std::pair<double, const Threat*>> open;
    for (const Threat& t : model.threats) {
        if (t.element == elementId && RiskSummary::isUnresolved(t))
            open.append({RiskScoring::sortKey(t, model.riskMethod), &t});
    }
    if (open.isEmpty())
        return {};
    std::sort(open.begin(), open.end(), [](const auto& a, const auto& b) {
        return ThreatRegister::before(*a.second, a.first, *b.second, b.first);
    });
    constexpr int shown = 10;
    // As rich text with every title escaped: a title's "<" is never taken for markup.
    QStringList lines{tr("%n unresolved threat(s):", nullptr, int(open.size())).toHtmlEscaped()};
    for (int i = 0; i < std::min(int(open.size()), shown); ++i)
        lines << QStringLiteral("• ") +
                     RuleText::title(m_document->threatText(), *open.at(i).second).toHtmlEscaped();
    if (open.size() > shown)
        lines << tr("… and %n more", nullptr, int(open.size()) - shown).toHtmlEscaped();
    return QStringLiteral("<p style=\"white-space:pre\">") + lines.join(QStringLiteral("<br>")) +
           QStringLiteral("</p>");
}

} // namespace latch
