#include "ThreatTableModel.h"

#include "DisplayNames.h"
#include "Document.h"
#include "RuleText.h"
#include "commands/EditThreatCommand.h"
#include "engine/RegisterEdits.h"
#include "engine/RiskScoring.h"

#include <QColor>

namespace latch {

ThreatTableModel::ThreatTableModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    // A reset keeps it simple; the panel restores the selected threat by id afterwards.
    connect(m_document, &Document::threatsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_document, &Document::threatChanged, this, [this](const QString& threatId) {
        const int row = rowOf(threatId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(m_document, &Document::elementChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, Element), index(rowCount() - 1, Element));
    });
}

int ThreatTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->model().threats.size());
}

int ThreatTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ThreatTableModel::rowOf(const QString& threatId) const
{
    if (!m_document)
        return -1;
    const auto& threats = m_document->model().threats;
    for (int row = 0; row < threats.size(); ++row) {
        if (threats.at(row).id == threatId)
            return row;
    }
    return -1;
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
    const Threat& current = m_document->model().threats.at(index.row());
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
    const Threat& t = model.threats.at(index.row());
    const RiskBand band = RiskScoring::bandOf(t, model.riskMethod);
    const latch::Element* element = m_document->element(t.element);
    const QString elementName = element ? element->name : tr("(deleted)");
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Risk:
            return band == RiskBand::Unscored
                       ? QStringLiteral("–")
                       : QString::number(RiskScoring::sortKey(t, model.riskMethod), 'f', 1);
        case Band:
            return DisplayNames::band(band);
        case Category:
            return DisplayNames::category(t.category);
        case Title:
            return RuleText::title(*m_document, t);
        case Element:
            return elementName;
        case Status:
            return DisplayNames::status(t.status);
        }
        return {};
    case Qt::ToolTipRole:
        return RuleText::description(*m_document, t);
    case Qt::ForegroundRole:
        return t.obsolete ? QVariant(QColor(Qt::gray)) : QVariant();
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
        return RiskScoring::bandName(band);
    case ReferencesRole:
        return t.references;
    case ObsoleteRole:
        return t.obsolete;
    case SearchTextRole:
        // The text shown and the model's own, so that a search in either language finds it.
        return QString(RuleText::title(*m_document, t) + QLatin1Char('\n') + t.title +
                       QLatin1Char('\n') + m_document->threatText().description(t) +
                       QLatin1Char('\n') + elementName + QLatin1Char('\n') +
                       t.references.join(QLatin1Char(' ')));
    default:
        return {};
    }
}

} // namespace latch
