#include "AlignCommand.h"

#include "Document.h"
#include "EditElementCommand.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace latch {

AlignCommand::AlignCommand(Document* document, const QStringList& ids, Edge edge)
    : QUndoCommand(QCoreApplication::translate("AlignCommand", "Align"))
{
    QVector<const Element*> boxes;
    for (const QString& id : ids) {
        const Element* e = document->element(id);
        if (e && (isBoxShaped(e->kind) || e->isRegionBoundary()))
            boxes.append(e);
    }
    if (boxes.size() < 2)
        return;
    int left = INT_MAX, right = INT_MIN, top = INT_MAX, bottom = INT_MIN;
    for (const Element* e : boxes) {
        left = std::min(left, e->bounds.x);
        right = std::max(right, e->bounds.x + e->bounds.width);
        top = std::min(top, e->bounds.y);
        bottom = std::max(bottom, e->bounds.y + e->bounds.height);
    }
    for (const Element* e : boxes) {
        Element aligned = *e;
        Rect& r = aligned.bounds;
        switch (edge) {
        case Edge::Left:
            r.x = left;
            break;
        case Edge::Right:
            r.x = right - r.width;
            break;
        case Edge::Top:
            r.y = top;
            break;
        case Edge::Bottom:
            r.y = bottom - r.height;
            break;
        case Edge::HorizontalCentre:
            r.x = (left + right) / 2 - r.width / 2;
            break;
        case Edge::VerticalCentre:
            r.y = (top + bottom) / 2 - r.height / 2;
            break;
        }
        if (r != e->bounds)
            new EditElementCommand(document, aligned, text(), QString(), this);
    }
}

} // namespace latch
