#include "ThreatFilterProxy.h"

#include "ThreatTableModel.h"
#include "register/ThreatRegister.h"

namespace latch {

ThreatFilterProxy::ThreatFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ThreatTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ThreatFilterProxy::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() is the supported way.
    invalidateFilter();
}

void ThreatFilterProxy::setCategory(const QString& category)
{
    m_category = category;
    refilter();
}

void ThreatFilterProxy::setStatus(const QString& status)
{
    m_status = status;
    refilter();
}

void ThreatFilterProxy::setBand(const QString& band)
{
    m_band = band;
    refilter();
}

void ThreatFilterProxy::setReference(const QString& reference)
{
    m_reference = reference;
    refilter();
}

void ThreatFilterProxy::setElements(const QStringList& elementIds)
{
    m_elements = elementIds;
    refilter();
}

void ThreatFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    refilter();
}

void ThreatFilterProxy::setShowObsolete(bool show)
{
    m_showObsolete = show;
    refilter();
}

void ThreatFilterProxy::setShowRepeats(bool show)
{
    m_showRepeats = show;
    refilter();
}

bool ThreatFilterProxy::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    auto value = [&](int role) { return sourceModel()->data(index, role); };
    // The threat itself, not its cells: a 100k-threat register is filtered often.
    const auto* table = qobject_cast<const ThreatTableModel*>(sourceModel());
    const Threat* t = table ? table->threatAt(row) : nullptr;
    if (!t)
        return false;
    if (!m_showObsolete && t->obsolete)
        return false;
    if (!m_showRepeats && table->isRepeat(row))
        return false;
    if (!m_category.isEmpty() && t->category != m_category)
        return false;
    if (!m_status.isEmpty() && threatStatusName(t->status) != m_status)
        return false;
    if (!m_reference.isEmpty() && !t->references.contains(m_reference))
        return false;
    if (!m_elements.isEmpty() && !m_elements.contains(t->element))
        return false;
    if (!m_band.isEmpty() && value(ThreatTableModel::BandRole).toString() != m_band)
        return false;
    if (!m_text.isEmpty() &&
        !value(ThreatTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

void ThreatFilterProxy::setGroupColumn(int column)
{
    m_groupColumn = column;
    invalidate();
}

bool ThreatFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_groupColumn >= 0) {
        const QString a = sourceModel()->index(left.row(), m_groupColumn).data().toString();
        const QString b = sourceModel()->index(right.row(), m_groupColumn).data().toString();
        if (a != b) {
            // Groups read A to Z whichever way the column inside them is sorted.
            const bool less = QString::localeAwareCompare(a, b) < 0;
            return sortOrder() == Qt::AscendingOrder ? less : !less;
        }
    }
    const auto* table = qobject_cast<const ThreatTableModel*>(sourceModel());
    if (table && left.column() == ThreatTableModel::Risk) {
        // Descending risk is the register order (ThreatRegister::before), ties and all: a
        // row sorts "less" when the register lists it after the other. Numbers, no QVariant.
        const int a = left.row();
        const int b = right.row();
        return ThreatRegister::before(*table->threatAt(b), table->riskKey(b), *table->threatAt(a),
                                      table->riskKey(a));
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace latch
