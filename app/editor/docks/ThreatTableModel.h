#pragma once

#include "model/Threat.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QVector>

#include <memory>

namespace latch {

class Document;
class ThreatRepeats;

// The document's threat register as table rows. Rows are the register's order; sorting and
// filtering happen in a proxy. When the register changes, only the rows that changed are
// announced (an edit regenerates a handful of a 100k-threat register), not a reset.
class ThreatTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Risk,
        Band,
        Category,
        Title,
        Element,
        Status,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers for the risk column
        ThreatIdRole,
        ElementIdRole,
        CategoryRole,
        StatusRole,
        BandRole,
        ReferencesRole,
        ObsoleteRole,
        SearchTextRole,
    };

    explicit ThreatTableModel(Document* document, QObject* parent = nullptr);
    ~ThreatTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Titles are edited in place; the edit is an undoable command on the document.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    // The row of a threat, or -1.
    int rowOf(const QString& threatId) const;
    // The threat on a row, for the proxy's filters and sorting (no QVariant on the way).
    const Threat* threatAt(int row) const;
    double riskKey(int row) const;
    // Which threats repeat another one (ThreatRepeats), kept current with the register.
    const ThreatRepeats& repeats() const { return *m_repeats; }
    bool isRepeat(int row) const;

Q_SIGNALS:
    // Some threat now repeats another one, or no longer does: filters need a new look.
    void repeatsChanged();

private:
    // Brings the rows in line with the register, announcing inserted, removed and changed rows.
    void sync();
    void reindex();
    void updateRepeats();
    QString repeatsToolTip(const Threat& threat) const;

    QPointer<Document> m_document; // the table may outlive it while a window closes
    QVector<Threat> m_rows;        // the register as last announced (shares its storage)
    QHash<QString, int> m_rowOf;   // threat id -> row
    QHash<QString, QVector<int>> m_rowsOfElement;
    QVector<double>
        m_riskKeys; // per row: sorting a large register compares these millions of times
    std::unique_ptr<ThreatRepeats> m_repeats;
};

} // namespace latch
