#pragma once

#include "RecoveryStore.h"

#include <QObject>
#include <QTimer>

namespace latch {

class Document;

// Writes a recovery copy of a modified document at a fixed interval, and removes it once the
// document is saved, back at its saved state, or closed.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    Autosaver(Document* document, RecoveryStore store, int intervalSeconds,
              QObject* parent = nullptr);
    ~Autosaver() override;

    // Writes the copy now if the document has unsaved changes; true if a copy was written.
    bool saveNow();
    // 0 stops writing copies.
    void setInterval(int seconds);
    const RecoveryStore& store() const { return m_store; }

Q_SIGNALS:
    // A copy could not be written: the recovery copy, if any, is older than the work.
    void failed(const QString& error);
    // A copy was written.
    void saved();

private:
    Document* m_document;
    RecoveryStore m_store;
    QTimer m_timer;
};

} // namespace latch
