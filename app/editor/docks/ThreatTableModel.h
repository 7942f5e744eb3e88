#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace latch {

class Document;
struct Threat;

// The document's threat register as table rows, refreshed when the register changes. Rows are
// the register's order; sorting and filtering happen in a proxy.
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Titles are edited in place; the edit is an undoable command on the document.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    // The row of a threat, or -1.
    int rowOf(const QString& threatId) const;

private:
    QPointer<Document> m_document; // the table may outlive it while a window closes
};

} // namespace latch
