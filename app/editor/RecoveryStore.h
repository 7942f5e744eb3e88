#pragma once

#include <QString>
#include <QVector>

namespace latch {

class Document;

// Recovery copies of unsaved work, one per open document, in a folder of their own
// (~/.local/share/Latch/recovery). A copy that is still there when Latch starts means Latch
// did not close normally: the work can be restored.
class RecoveryStore
{
public:
    struct Entry
    {
        QString key;          // the document's recovery key
        QString recoveryFile; // the .tmodel copy
        QString originalPath; // where the model lives, empty for a never-saved model
    };

    RecoveryStore(); // the standard folder
    explicit RecoveryStore(QString folder);

    const QString& folder() const { return m_folder; }
    bool save(const Document& document, QString* error) const;
    void discard(const QString& key) const;
    QVector<Entry> pending() const;

private:
    QString m_folder;
};

} // namespace latch
