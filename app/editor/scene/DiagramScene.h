#pragma once

#include "CanvasMarks.h"
#include "report/DiagramPainter.h"

#include <QGraphicsScene>
#include <QHash>
#include <QLineF>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace latch {

class Document;
class LabelObstacles;
class ElementItem;
class GhostItem;
class Tool;

// The canvas of one diagram: one item per element, kept in step with the document through
// its signals. Mouse gestures go to the current tool; edits go through undo commands.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    enum class ToolKind
    {
        Select,
        Entity,
        Process,
        Store,
        Note,
        Flow,
        Boundary,
        BoundaryLine
    };

    DiagramScene(Document* document, QString diagramId, QObject* parent = nullptr);
    ~DiagramScene() override;

    Document* document() const { return m_document; }
    const QString& diagramId() const { return m_diagramId; }

    ToolKind tool() const { return m_toolKind; }
    void setTool(ToolKind kind);
    // Called by a tool when its gesture is done: back to selecting.
    void finishTool();

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    int gridSize() const { return m_grid; }
    void setGridSize(int size) { m_grid = std::max(1, size); }
    QPointF snapPoint(QPointF point) const;
    QPointF snapOffset(QPointF offset) const;

    // Badges with each element's unresolved-threat count, coloured by its worst risk band.
    bool badgesVisible() const { return m_badges; }
    void setBadgesVisible(bool visible);

    // The window's marks (conflicts, changes since a compared version): each item draws its
    // own, and what the compared version has here and the model no longer has is drawn as a
    // ghost. Null for none.
    void setMarks(const CanvasMarks* marks);
    CanvasMarks::Mark markFor(const QString& elementId) const;
    GhostItem* ghostFor(const QString& elementId) const { return m_ghosts.value(elementId); }

    // While a region is dragged, the elements it encloses (BoundaryGeometry::encloses),
    // marked as they will lie inside it; empty otherwise.
    void setEnclosed(const QSet<QString>& ids);
    const QSet<QString>& enclosed() const { return m_enclosed; }
    // Alignment guides shown while a drag is pulled onto another element's edge or centre
    // (SnapGuides); empty when none.
    void setGuides(const QVector<QLineF>& guides);
    const QVector<QLineF>& guides() const { return m_guides; }

    // The working area: a large region that grows at its edges (to take what is drawn beyond
    // them, or what the view shows) and never shrinks, so that nothing on screen moves when an
    // element is placed, moved or deleted.
    void includeInWorkingArea(const QRectF& rect);
    // What the diagram's items cover; the view fits it and the overview shows it.
    QRectF contentRect() const;
    // Room kept around what is drawn, so that a drag can go beyond it.
    static constexpr qreal workingMargin = 1000;

    ElementItem* itemFor(const QString& elementId) const { return m_items.value(elementId); }
    // The topmost element under a point; `shapesOnly` skips flows, boundaries and notes.
    ElementItem* elementItemAt(QPointF scenePos, bool shapesOnly = false) const;
    // What flow labels near `area` keep clear of: the shapes there and their badges
    // (DiagramPainter::labelObstacles), as the reports place them.
    QVector<QRectF> labelObstaclesNear(const QRectF& area) const;
    QStringList selectedIds() const;
    void selectOnly(const QString& elementId);
    void selectAll();

    // Flows attached to any of the elements but not among them.
    QStringList attachedFlows(const QStringList& elementIds) const;
    // Removes elements (and, if asked, their attached flows) as one undoable step.
    void deleteElements(const QStringList& elementIds, bool withAttachedFlows);

    // A double click on a flow or a boundary line: removes the bend point (vertex) under
    // `at`, or adds one there on the nearest segment, as one undoable step. A line keeps at
    // least its two ends.
    void toggleBendAt(const QString& elementId, QPointF at);
    // Moves the selection by an offset as one undoable step; consecutive nudges of the same
    // selection merge into one step, like a drag.
    void nudgeSelection(int dx, int dy);
    // "3 unresolved threats:" and their titles, worst first, as a tooltip's rich text (titles
    // escaped); empty when there are none.
    QString badgeToolTip(const QString& elementId) const;

Q_SIGNALS:
    void toolChanged(latch::DiagramScene::ToolKind kind);
    void elementDoubleClicked(const QString& elementId);
    // A right click (or the menu key) on an element, or on empty canvas (an empty id): the
    // window shows its context menu at `screenPos`. The element is selected first.
    void contextMenuRequested(const QString& elementId, QPoint screenPos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    // Arrow keys nudge the selection by one unit, with Shift by a grid step.
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;
    // Tooltips on the risk badges: the element's unresolved threats.
    void helpEvent(QGraphicsSceneHelpEvent* event) override;

private:
    void addItemFor(const Element& element);
    void onInserted(const QString& diagramId, const QString& elementId);
    void onChanged(const QString& diagramId, const QString& elementId);
    void onRemoved(const QString& diagramId, const QString& elementId);
    void syncFlowsAt(const QString& elementId);
    // After a flow came, went or was reconnected: the flows beside it take their lanes again.
    void syncFlowsBetween(const QString& source, const QString& target);
    // After a shape moved or resized: the flow labels now near it step aside.
    void syncLabelsNear(const QRectF& area);
    // An item appeared or changed: the working area takes it, the content bounds are stale.
    void itemPlaced(const ElementItem* item);
    void refreshMarks();

    Document* m_document;
    QString m_diagramId;
    DiagramPainter m_painter;
    QHash<QString, ElementItem*> m_items;
    const CanvasMarks* m_marks = nullptr;
    QVector<QLineF> m_guides;
    QSet<QString> m_enclosed;
    QHash<QString, GhostItem*> m_ghosts; // by the compared version's element id
    ToolKind m_toolKind = ToolKind::Select;
    std::unique_ptr<Tool> m_tool;
    bool m_snap = true;
    int m_grid = 10;
    bool m_badges = true;
    int m_nudge = 0; // the drag number of the current run of nudges; 0 for a new run
    mutable std::unique_ptr<LabelObstacles> m_obstacles; // filed on demand
    mutable QRectF m_content;
    mutable bool m_contentValid = false;
};

} // namespace latch
