#pragma once

#include <QStringList>
#include <QUndoCommand>

namespace latch {

class Document;

// Lines shapes and regions up on the selection's edge or centre, as one undo step.
class AlignCommand : public QUndoCommand
{
public:
    enum class Edge
    {
        Left,
        Right,
        Top,
        Bottom,
        HorizontalCentre,
        VerticalCentre
    };

    AlignCommand(Document* document, const QStringList& ids, Edge edge);
    // False when fewer than two of the ids can be aligned (flows and lines cannot).
    bool isUseful() const { return childCount() > 0; }
};

} // namespace latch
