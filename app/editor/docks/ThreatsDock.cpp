#include "ThreatsDock.h"

#include "Document.h"
#include "ScrollPanel.h"
#include "ThreatFilterProxy.h"
#include "ThreatTableModel.h"
#include "commands/EditThreatCommand.h"
#include "commands/RegisterCommand.h"
#include "dialogs/ThreatDialog.h"
#include "engine/RuleLibrary.h"
#include "language/DisplayNames.h"
#include "model/IdGenerator.h"
#include "register/RegisterEdits.h"
#include "register/ThreatRepeats.h"
#include "scene/DiagramScene.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace latch {

QStringList ThreatsDock::categories() const
{
    return m_document->library().categoryIds();
}

ThreatsDock::ThreatsDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Threats"), parent)
    , m_document(document)
    , m_model(new ThreatTableModel(document, this))
    , m_proxy(new ThreatFilterProxy(this))
    , m_table(new QTableView)
    , m_search(new QLineEdit)
    , m_onlySelection(new QCheckBox(tr("Selection only")))
    , m_showObsolete(new QCheckBox(tr("Obsolete")))
    , m_showRepeats(new QCheckBox(tr("Repeats")))
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

    // Two rows, so that the panel fits a narrow dock: the search, grouping and check boxes,
    // then the four filters (addFilter puts them there).
    auto* rows = new QVBoxLayout(m_filters);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_filterRow = new QHBoxLayout;
    rows->addLayout(filters);
    rows->addLayout(m_filterRow);
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
    connect(addFilter(tr("All categories"), categories(), QStringLiteral("categoryFilter")),
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
    auto* group = new QComboBox;
    group->setObjectName(QStringLiteral("groupBy"));
    group->addItem(tr("Flat list"), -1);
    group->addItem(tr("By element"), int(ThreatTableModel::Element));
    group->addItem(tr("By category"), int(ThreatTableModel::Category));
    group->addItem(tr("By status"), int(ThreatTableModel::Status));
    filters->addWidget(group);
    connect(group, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this, group] { m_proxy->setGroupColumn(group->currentData().toInt()); });
    filters->addWidget(m_onlySelection);
    filters->addWidget(m_showObsolete);
    m_showRepeats->setObjectName(QStringLiteral("showRepeats"));
    m_showRepeats->setToolTip(tr("Also list the threats that say what another threat on the same "
                                 "element or an earlier hop already says"));
    filters->addWidget(m_showRepeats);
    connect(m_showRepeats, &QCheckBox::toggled, m_proxy, &ThreatFilterProxy::setShowRepeats);
    connect(m_model, &ThreatTableModel::repeatsChanged, m_proxy,
            &ThreatFilterProxy::repeatsChanged);
    connect(m_model, &ThreatTableModel::repeatsChanged, this, &ThreatsDock::updateButtons);
    connect(m_onlySelection, &QCheckBox::toggled, this, &ThreatsDock::followSelection);
    connect(m_showObsolete, &QCheckBox::toggled, m_proxy, &ThreatFilterProxy::setShowObsolete);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && !m_restoring)
                    Q_EMIT threatChosen(current.data(ThreatTableModel::ElementIdRole).toString());
                updateButtons();
                Q_EMIT currentThreatChanged(currentThreatId());
            });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != ThreatTableModel::Title) // the title is edited in place
            editThreat();
    });
    // A reset (the register changed) would lose the current row: keep it by id.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptThreat = currentThreatId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_restoring = true;
        if (!selectThreat(m_keptThreat))
            Q_EMIT currentThreatChanged(QString());
        m_restoring = false;
        updateButtons();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ThreatsDock::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ThreatsDock::updateButtons);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ThreatsDock::updateButtons);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filters);
    layout->addWidget(m_table);
    layout->addWidget(createButtons());
    setWidget(new ScrollPanel(content));
    updateButtons();
}

QWidget* ThreatsDock::createButtons()
{
    auto* buttons = new QWidget;
    auto* row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    m_add = new QPushButton(tr("&Add Threat…"));
    m_add->setObjectName(QStringLiteral("addThreat"));
    m_add->setToolTip(tr("Add a threat of your own to the element selected on the canvas"));
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setObjectName(QStringLiteral("editThreat"));
    m_purge = new QPushButton;
    m_purge->setObjectName(QStringLiteral("purgeObsolete"));
    m_purge->setToolTip(tr("Remove threats whose rule no longer applies or whose element is "
                           "gone, with the team's notes on them"));
    m_apart = new QPushButton(tr("&Keep Apart"));
    m_apart->setObjectName(QStringLiteral("keepApart"));
    m_shown = new QLabel;
    m_shown->setObjectName(QStringLiteral("threatsShown"));
    row->addWidget(m_add);
    row->addWidget(m_edit);
    row->addWidget(m_purge);
    row->addWidget(m_apart);
    row->addStretch();
    row->addWidget(m_shown);
    connect(m_add, &QPushButton::clicked, this, &ThreatsDock::addThreat);
    connect(m_edit, &QPushButton::clicked, this, &ThreatsDock::editThreat);
    connect(m_purge, &QPushButton::clicked, this, &ThreatsDock::purgeObsolete);
    connect(m_apart, &QPushButton::clicked, this, &ThreatsDock::toggleKeptApart);
    return buttons;
}

void ThreatsDock::updateButtons()
{
    if (!m_add)
        return;
    int obsolete = 0;
    for (const Threat& threat : m_document->model().threats)
        obsolete += threat.obsolete ? 1 : 0;
    m_purge->setText(tr("&Purge Obsolete (%1)").arg(obsolete));
    m_purge->setEnabled(obsolete > 0);
    m_add->setEnabled(m_scene && m_scene->selectedIds().size() == 1);
    m_edit->setEnabled(!currentThreatId().isEmpty());
    const Threat* current = m_document->threat(currentThreatId());
    const bool apart = current && current->distinct;
    m_apart->setText(apart ? tr("Fold as &Repeat") : tr("&Keep Apart"));
    m_apart->setToolTip(apart ? tr("Fold this threat into the one it repeats again")
                              : tr("List this threat on its own although it repeats another one"));
    m_apart->setEnabled(current && (apart || m_model->repeats().isRepeat(current->id)));
    m_shown->setText(
        tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_document->model().threats.size()));
}

QString ThreatsDock::currentThreatId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ThreatTableModel::ThreatIdRole).toString() : QString();
}

bool ThreatsDock::selectThreat(const QString& threatId)
{
    const int row = threatId.isEmpty() ? -1 : m_model->rowOf(threatId);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ThreatsDock::addThreat()
{
    if (!m_scene || m_scene->selectedIds().size() != 1)
        return;
    Threat threat;
    threat.id = IdGenerator::newId(IdKind::Threat);
    threat.element = m_scene->selectedIds().first();
    threat.category = m_filters->findChild<QComboBox*>(QStringLiteral("categoryFilter"))
                          ->currentData()
                          .toString();
    ThreatDialog dialog(threat, categories(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Threat written = dialog.result();
    const auto edited = RegisterEdits::withManualThreat(m_document->model(), written);
    if (!edited)
        return;
    m_document->undoStack()->push(new RegisterCommand(m_document, edited->threats,
                                                      edited->mitigations,
                                                      tr("Add threat “%1”").arg(written.title)));
    selectThreat(written.id);
}

void ThreatsDock::editThreat()
{
    const Threat* current = m_document->threat(currentThreatId());
    if (!current)
        return;
    // The description as the register shows it, rendered from the rule when not stored.
    Threat shown = *current;
    shown.description = m_document->threatText().description(*current);
    ThreatDialog dialog(shown, categories(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Threat answer = dialog.result();
    Threat edited = RegisterEdits::reworded(*current, m_document->threatText(), answer.title,
                                            answer.description);
    edited.category = answer.category; // a manual threat's own; a generated one keeps its rule's
    if (edited == *current)
        return;
    m_document->undoStack()->push(new EditThreatCommand(m_document, edited, tr("Edit threat")));
}

void ThreatsDock::purgeObsolete()
{
    int obsolete = 0;
    for (const Threat& threat : m_document->model().threats)
        obsolete += threat.obsolete ? 1 : 0;
    if (obsolete == 0 ||
        QMessageBox::question(this, tr("Purge obsolete threats"),
                              tr("Remove %n obsolete threat(s) from the register, with their "
                                 "scores and notes? Undo brings them back.",
                                 nullptr, obsolete)) != QMessageBox::Yes)
        return;
    purgeObsoleteThreats();
}

int ThreatsDock::purgeObsoleteThreats()
{
    int removed = 0;
    const auto edited = RegisterEdits::purged(m_document->model(), &removed);
    if (edited)
        m_document->undoStack()->push(
            new RegisterCommand(m_document, edited->threats, edited->mitigations,
                                tr("Purge %n obsolete threat(s)", nullptr, removed)));
    return removed;
}

void ThreatsDock::toggleKeptApart()
{
    const Threat* current = m_document->threat(currentThreatId());
    if (!current || (!current->distinct && !m_model->repeats().isRepeat(current->id)))
        return;
    Threat edited = *current;
    edited.distinct = !current->distinct;
    m_document->undoStack()->push(new EditThreatCommand(
        m_document, edited,
        edited.distinct ? tr("Keep threat apart") : tr("Fold threat as a repeat")));
    selectThreat(edited.id);
}

QComboBox* ThreatsDock::addFilter(const QString& all, const QStringList& values,
                                  const QString& name)
{
    auto* combo = new QComboBox;
    combo->setObjectName(name);
    combo->addItem(all, QString());
    for (const QString& value : values)
        combo->addItem(DisplayNames::of(value), value);
    m_filterRow->addWidget(combo, 1);
    return combo;
}

void ThreatsDock::setScene(DiagramScene* scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    if (m_scene) {
        connect(m_scene, &QGraphicsScene::selectionChanged, this, &ThreatsDock::followSelection);
        connect(m_scene, &QGraphicsScene::selectionChanged, this, &ThreatsDock::updateButtons);
    }
    followSelection();
    updateButtons();
}

void ThreatsDock::showSelectionOnly()
{
    m_onlySelection->setChecked(true);
    show();
    raise();
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
