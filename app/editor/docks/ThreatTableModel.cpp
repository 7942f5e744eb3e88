#include "ThreatTableModel.h"

#include "Document.h"
#include "commands/EditThreatCommand.h"
#include "engine/RiskScoring.h"
#include "language/DisplayNames.h"
#include "language/RuleText.h"
#include "register/RegisterEdits.h"
#include "register/ThreatRegister.h"
#include "register/ThreatRepeats.h"

#include <QColor>

namespace latch {

ThreatTableModel::ThreatTableModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_rows(document->model().threats)
{
    reindex();
    m_repeats = std::make_unique<ThreatRepeats>(document->model(), &document->index());
    connect(m_document, &Document::threatsChanged, this, &ThreatTableModel::sync);
    connect(m_document, &Document::threatChanged, this, [this](const QString& threatId) {
        // One threat's fields, in place: no need to compare the whole register.
        const int row = rowOf(threatId);
        if (row < 0 || m_document->model().threats.size() != m_rows.size()) {
            sync();
            return;
        }
        m_rows = m_document->model().threats;
        m_riskKeys[row] = RiskScoring::sortKey(m_rows.at(row), m_document->model().riskMethod);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        updateRepeats(); // a threat kept apart, or no longer
    });
    connect(m_document, &Document::objectivesChanged, this, [this] {
        // The risk method may have changed: every band reads differently.
        reindex();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, Risk), index(int(m_rows.size()) - 1, Band));
    });
    connect(m_document, &Document::elementChanged, this,
            [this](const QString&, const QString& elementId) {
                for (int row : m_rowsOfElement.value(elementId))
                    Q_EMIT dataChanged(index(row, Element), index(row, Element));
            });
}

ThreatTableModel::~ThreatTableModel() = default;

void ThreatTableModel::updateRepeats()
{
    auto now = std::make_unique<ThreatRepeats>(m_document->model(), &m_document->index());
    if (*now == *m_repeats)
        return;
    m_repeats = std::move(now);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Title), index(int(m_rows.size()) - 1, Title));
    Q_EMIT repeatsChanged();
}

bool ThreatTableModel::isRepeat(int row) const
{
    return row >= 0 && row < m_rows.size() && m_repeats->isRepeat(m_rows.at(row).id);
}

QString ThreatTableModel::repeatsToolTip(const Threat& threat) const
{
    QStringList lines;
    if (const QString shown = m_repeats->shownAs(threat.id); !shown.isEmpty()) {
        const int row = rowOf(shown);
        lines << tr("Repeats “%1”")
                     .arg(row < 0 ? shown
                                  : RuleText::title(m_document->threatText(), m_rows.at(row)));
    }
    const QStringList repeats = m_repeats->repeatsOf(threat.id);
    if (!repeats.isEmpty()) {
        lines << tr("Also found as:");
        for (const QString& id : repeats) {
            const int row = rowOf(id);
            if (row < 0)
                continue;
            const latch::Element* on = m_document->element(m_rows.at(row).element);
            lines << QStringLiteral("• %1 [%2]")
                         .arg(RuleText::title(m_document->threatText(), m_rows.at(row)),
                              on ? on->name : m_rows.at(row).element);
        }
    }
    if (const QStringList hops = m_repeats->hopsOf(threat.id); !hops.isEmpty())
        lines << tr("On every hop of %1").arg(ThreatRegister::pathText(hops, m_document->index()));
    return lines.join(QLatin1Char('\n'));
}

void ThreatTableModel::reindex()
{
    m_rowOf.clear();
    m_rowsOfElement.clear();
    m_rowOf.reserve(m_rows.size());
    m_riskKeys.resize(m_rows.size());
    const RiskMethod method = m_document->model().riskMethod;
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rowOf.insert(m_rows.at(row).id, row);
        m_rowsOfElement[m_rows.at(row).element].append(row);
        m_riskKeys[row] = RiskScoring::sortKey(m_rows.at(row), method);
    }
}

void ThreatTableModel::sync()
{
    if (!m_document)
        return;
    const QVector<Threat>& now = m_document->model().threats;
    const qsizetype kept = std::min(m_rows.size(), now.size());
    // Regeneration appends new threats and changes others in place; undo takes the tail
    // away again. Anything else (a purge) reorders rows: then the table starts over.
    for (qsizetype row = 0; row < kept; ++row) {
        if (m_rows.at(row).id != now.at(row).id) {
            beginResetModel();
            m_rows = now;
            reindex();
            endResetModel();
            updateRepeats();
            return;
        }
    }
    QVector<int> changed;
    const RiskMethod method = m_document->model().riskMethod;
    for (qsizetype row = 0; row < kept; ++row) {
        if (m_rows.at(row) != now.at(row)) {
            changed.append(int(row));
            m_riskKeys[row] = RiskScoring::sortKey(now.at(row), method);
        }
    }
    if (now.size() < m_rows.size()) {
        beginRemoveRows({}, int(now.size()), int(m_rows.size()) - 1);
        m_rows = now;
        reindex();
        endRemoveRows();
    } else if (now.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(now.size()) - 1);
        m_rows = now;
        reindex();
        endInsertRows();
    } else {
        m_rows = now; // the same rows: their ids and places are as indexed
    }
    // Changed rows in runs, one signal a run.
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype end = i;
        while (end + 1 < changed.size() && changed.at(end + 1) == changed.at(end) + 1)
            ++end;
        Q_EMIT dataChanged(index(changed.at(i), 0), index(changed.at(end), ColumnCount - 1));
        i = end + 1;
    }
    updateRepeats();
}

int ThreatTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_rows.size());
}

int ThreatTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ThreatTableModel::rowOf(const QString& threatId) const
{
    return m_rowOf.value(threatId, -1);
}

const Threat* ThreatTableModel::threatAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

double ThreatTableModel::riskKey(int row) const
{
    return row >= 0 && row < m_riskKeys.size() ? m_riskKeys.at(row) : 0;
}

Qt::ItemFlags ThreatTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Title)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ThreatTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Title || index.row() >= rowCount())
        return false;
    const QString title = value.toString().trimmed();
    const Threat& current = m_rows.at(index.row());
    if (title.isEmpty() || title == current.title)
        return false;
    const Threat threat = RegisterEdits::reworded(current, m_document->threatText(), title,
                                                  m_document->threatText().description(current));
    m_document->undoStack()->push(new EditThreatCommand(m_document, threat, tr("Rename threat")));
    return true;
}

QVariant ThreatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Risk:
        return tr("Risk");
    case Band:
        return tr("Band");
    case Category:
        return tr("Category");
    case Title:
        return tr("Threat");
    case Element:
        return tr("Element");
    case Status:
        return tr("Status");
    }
    return {};
}

QVariant ThreatTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Model& model = m_document->model();
    const Threat& t = m_rows.at(index.row());
    // Worked out only for the roles that show them: sorting and filtering ask a lot.
    const auto band = [&] { return RiskScoring::bandOf(t, model.riskMethod); };
    const auto elementName = [&] {
        const latch::Element* element = m_document->element(t.element);
        return element ? element->name : tr("(deleted)");
    };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Title) {
            const qsizetype repeats = m_repeats->repeatsOf(t.id).size();
            const QString title = RuleText::title(m_document->threatText(), t);
            return repeats == 0 ? title : tr("%1 (+%2)").arg(title).arg(repeats);
        }
        Q_FALLTHROUGH();
    case Qt::EditRole:
        switch (index.column()) {
        case Risk:
            return band() == RiskBand::Unscored
                       ? QStringLiteral("–")
                       : QString::number(RiskScoring::sortKey(t, model.riskMethod), 'f', 1);
        case Band:
            return DisplayNames::band(band());
        case Category:
            return DisplayNames::category(t.category);
        case Title:
            return RuleText::title(m_document->threatText(), t);
        case Element:
            return elementName();
        case Status:
            return DisplayNames::status(t.status);
        }
        return {};
    case Qt::ToolTipRole: {
        const QString repeats = repeatsToolTip(t);
        const QString description = RuleText::description(m_document->threatText(), t);
        return repeats.isEmpty() ? description : description + QStringLiteral("\n\n") + repeats;
    }
    case Qt::ForegroundRole:
        return t.obsolete || m_repeats->isRepeat(t.id) ? QVariant(QColor(Qt::gray)) : QVariant();
    case SortRole:
        if (index.column() == Risk)
            return RiskScoring::sortKey(t, model.riskMethod);
        return data(index, Qt::DisplayRole);
    case ThreatIdRole:
        return t.id;
    case ElementIdRole:
        return t.element;
    case CategoryRole:
        return t.category;
    case StatusRole:
        return threatStatusName(t.status);
    case BandRole:
        return RiskScoring::bandName(band());
    case ReferencesRole:
        return t.references;
    case ObsoleteRole:
        return t.obsolete;
    case SearchTextRole:
        // The text shown and the model's own, so that a search in either language finds it.
        return QString(RuleText::title(m_document->threatText(), t) + QLatin1Char('\n') + t.title +
                       QLatin1Char('\n') + m_document->threatText().description(t) +
                       QLatin1Char('\n') + elementName() + QLatin1Char('\n') +
                       t.references.join(QLatin1Char(' ')));
    default:
        return {};
    }
}

} // namespace latch
