#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace latch {

// Which threats the panel shows: by category, status, risk band, OWASP id, element, text, and
// whether obsolete ones are included. An empty criterion lets everything through.
class ThreatFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ThreatFilterProxy(QObject* parent = nullptr);

    void setCategory(const QString& category);
    void setStatus(const QString& status);
    void setBand(const QString& band);
    void setReference(const QString& reference); // "API1:2023"
    void setElements(const QStringList& elementIds);
    void setText(const QString& text);
    void setShowObsolete(bool show);
    // Threats that repeat another one (ThreatRepeats) are left out unless asked for.
    void setShowRepeats(bool show);
    // The table's repeats changed: look at every row again.
    void repeatsChanged() { refilter(); }
    // Rows of one group (a ThreatTableModel column: element, category, status) stay together,
    // groups in alphabetical order, each sorted by the chosen column; -1 for a flat list.
    void setGroupColumn(int column);
    int groupColumn() const { return m_groupColumn; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    QString m_category;
    QString m_status;
    QString m_band;
    QString m_reference;
    QStringList m_elements;
    QString m_text;
    bool m_showObsolete = false;
    bool m_showRepeats = false;
    int m_groupColumn = -1;
};

} // namespace latch
