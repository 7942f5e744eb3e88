#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace latch {

class Document;
struct Model;
struct ModelChange;

// What the canvas marks on each element, beside what the model says of it: the merge
// conflicts left on it, and, while the model is compared with another version, whether it
// was added or changed since, with ghosts of what that version has and the model no longer
// has. One per window, shared by its diagrams' scenes.
class CanvasMarks : public QObject
{
    Q_OBJECT

public:
    enum class Mark
    {
        None,
        Added,
        Changed,
        Conflict, // wins over the others: it is what must be settled before a commit
        Removed,  // a ghost's: the compared version has the element, the model does not
        Inside    // while a region is dragged: what it encloses, so will lie inside it
    };

    explicit CanvasMarks(const Document* document, QObject* parent = nullptr);
    ~CanvasMarks() override;

    Mark markFor(const QString& elementId) const;
    // The compared version, null without a comparison: the ghosts read their elements in it.
    const std::shared_ptr<const Model>& compared() const { return m_compared; }
    // The compared version's elements on the diagram that the model no longer has.
    QStringList removedIn(const QString& diagramId) const { return m_removed.value(diagramId); }

    void showComparison(std::shared_ptr<const Model> compared, const QVector<ModelChange>& changes);
    void clearComparison();

Q_SIGNALS:
    void changed();

private:
    void refreshConflicts();

    const Document* m_document;
    QHash<QString, Mark> m_conflicts;
    QHash<QString, Mark> m_changes;
    QHash<QString, QStringList> m_removed; // by diagram id
    std::shared_ptr<const Model> m_compared;
};

} // namespace latch
