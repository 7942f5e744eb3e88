#include "ThreatsDock.h"

#include "Document.h"
#include "ThreatFilterProxy.h"
#include "ThreatTableModel.h"
#include "model/ThreatCategory.h"
#include "scene/DiagramScene.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace latch {

ThreatsDock::ThreatsDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Threats"), parent)
    , m_document(document)
    , m_model(new ThreatTableModel(document, this))
    , m_proxy(new ThreatFilterProxy(this))
    , m_table(new QTableView)
    , m_search(new QLineEdit)
    , m_onlySelection(new QCheckBox(tr("Selection only")))
    , m_showObsolete(new QCheckBox(tr("Obsolete")))
    , m_filters(new QWidget)
{
    setObjectName(QStringLiteral("threats"));
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("threatTable"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ThreatTableModel::Risk, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ThreatTableModel::Title,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto* filters = new QHBoxLayout(m_filters);
    filters->setContentsMargins(0, 0, 0, 0);
    m_search->setPlaceholderText(tr("Search threats"));
    m_search->setObjectName(QStringLiteral("threatSearch"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ThreatFilterProxy::setText);

    QStringList statuses;
    for (ThreatStatus status : allThreatStatuses)
        statuses << threatStatusName(status);
    QStringList owasp;
    for (int i = 1; i <= 10; ++i)
        owasp << QStringLiteral("API%1:2023").arg(i);
    connect(
        addFilter(tr("All categories"), ThreatCategory::stride(), QStringLiteral("categoryFilter")),
        &QComboBox::currentTextChanged, this, [this](const QString&) {
            auto* combo = m_filters->findChild<QComboBox*>(QStringLiteral("categoryFilter"));
            m_proxy->setCategory(combo->currentData().toString());
        });
    connect(addFilter(tr("All statuses"), statuses, QStringLiteral("statusFilter")),
            &QComboBox::currentTextChanged, this, [this](const QString&) {
                auto* combo = m_filters->findChild<QComboBox*>(QStringLiteral("statusFilter"));
                m_proxy->setStatus(combo->currentData().toString());
            });
    connect(addFilter(tr("All risks"),
                      {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                       QStringLiteral("low"), QStringLiteral("unscored")},
                      QStringLiteral("bandFilter")),
            &QComboBox::currentTextChanged, this, [this](const QString&) {
                auto* combo = m_filters->findChild<QComboBox*>(QStringLiteral("bandFilter"));
                m_proxy->setBand(combo->currentData().toString());
            });
    connect(addFilter(tr("All OWASP"), owasp, QStringLiteral("owaspFilter")),
            &QComboBox::currentTextChanged, this, [this](const QString&) {
                auto* combo = m_filters->findChild<QComboBox*>(QStringLiteral("owaspFilter"));
                m_proxy->setReference(combo->currentData().toString());
            });
    filters->addWidget(m_onlySelection);
    filters->addWidget(m_showObsolete);
    connect(m_onlySelection, &QCheckBox::toggled, this, &ThreatsDock::followSelection);
    connect(m_showObsolete, &QCheckBox::toggled, m_proxy, &ThreatFilterProxy::setShowObsolete);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT threatChosen(current.data(ThreatTableModel::ElementIdRole).toString());
            });

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filters);
    layout->addWidget(m_table);
    setWidget(content);
}

QComboBox* ThreatsDock::addFilter(const QString& all, const QStringList& values,
                                  const QString& name)
{
    auto* combo = new QComboBox;
    combo->setObjectName(name);
    combo->addItem(all, QString());
    for (const QString& value : values)
        combo->addItem(QString(value).replace(QLatin1Char('_'), QLatin1Char(' ')), value);
    m_filters->layout()->addWidget(combo);
    return combo;
}

void ThreatsDock::setScene(DiagramScene* scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    if (m_scene)
        connect(m_scene, &QGraphicsScene::selectionChanged, this, &ThreatsDock::followSelection);
    followSelection();
}

void ThreatsDock::followSelection()
{
    const bool filter = m_onlySelection->isChecked() && m_scene;
    m_proxy->setElements(filter ? m_scene->selectedIds() : QStringList());
}

int ThreatsDock::visibleCount() const
{
    return m_proxy->rowCount();
}

} // namespace latch
