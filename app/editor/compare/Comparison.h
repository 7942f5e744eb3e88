#pragma once

#include "diff/ModelDiff.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>

#include <memory>

namespace latch {

class Document;
struct Model;

// Another version of the open model (a file, or a revision of the model's file in git) and
// what differs from it, by stable ids (ModelDiff), kept in step while the document is edited.
// Read-only: comparing never writes, neither the other version nor the document.
class Comparison : public QObject
{
    Q_OBJECT

public:
    explicit Comparison(Document* document, QObject* parent = nullptr);
    ~Comparison() override;

    // Compares with a .tmodel file; false with a one-line error, the comparison in force kept.
    bool compareWithFile(const QString& path, QString* error);
    // Compares with the model's file as a git revision has it (`git show REV:./file`, run in
    // the file's folder); the same on failure.
    bool compareWithRevision(const QString& revision, QString* error);
    void clear();

    bool isActive() const { return bool(m_other); }
    // The other version as people read it: "HEAD~1:bank.tmodel", "bank-review.tmodel".
    const QString& label() const { return m_label; }
    // The other version (empty while no comparison is active), shared with the canvas's
    // ghosts of what it has and the document no longer has.
    std::shared_ptr<const Model> other() const { return m_other; }
    // From the other version to the document, in review order; without positions, sizes and
    // bend points while layout is ignored.
    const QVector<ModelChange>& changes() const { return m_changes; }
    bool ignoresLayout() const { return m_ignoreLayout; }
    void setIgnoreLayout(bool ignore);

Q_SIGNALS:
    // Started, ended, or the changes were worked out again after an edit.
    void changed();

private:
    void start(std::shared_ptr<const Model> other, const QString& label);
    void recompute();

    Document* m_document;
    std::shared_ptr<const Model> m_other;
    QString m_label;
    QVector<ModelChange> m_changes;
    bool m_ignoreLayout = false;
    // Edits come in bursts (a drag, an undo of many steps): one diff after they settle.
    QTimer m_settle;
};

} // namespace latch
