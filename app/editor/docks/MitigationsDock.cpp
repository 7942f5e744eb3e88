#include "MitigationsDock.h"

#include "Document.h"
#include "ScrollPanel.h"
#include "commands/EditThreatCommand.h"
#include "commands/RegisterCommand.h"
#include "language/DisplayNames.h"
#include "language/RuleText.h"
#include "model/IdGenerator.h"
#include "register/RegisterEdits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace latch {

namespace {

constexpr MitigationStatus mitigationStatuses[] = {
    MitigationStatus::Proposed, MitigationStatus::Implemented, MitigationStatus::Verified};

} // namespace

MitigationsDock::MitigationsDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Mitigations"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("mitigations"));
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(createThreatSection());
    splitter->addWidget(createCatalogSection());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setWidget(new ScrollPanel(splitter));

    connect(m_document, &Document::threatChanged, this, [this](const QString& id) {
        if (id == m_threatId)
            refreshThreat();
        refreshCatalog(); // link counts
    });
    connect(m_document, &Document::threatsChanged, this, [this] {
        refreshThreat();
        refreshCatalog();
    });
    connect(m_document, &Document::mitigationsChanged, this, [this] {
        refreshThreat();
        refreshCatalog();
    });
    refreshThreat();
    refreshCatalog();
}

QWidget* MitigationsDock::createThreatSection()
{
    m_threatSection = new QWidget;
    auto* layout = new QVBoxLayout(m_threatSection);
    m_title = new QLabel;
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    auto* form = new QFormLayout;
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("threatStatus"));
    for (ThreatStatus status : allThreatStatuses)
        m_status->addItem(DisplayNames::status(status), int(status));
    form->addRow(tr("&Status:"), m_status);
    m_justification = new QPlainTextEdit;
    m_justification->setObjectName(QStringLiteral("threatJustification"));
    m_justification->setPlaceholderText(
        tr("Why this status: what was decided, by whom, and what it rests on"));
    m_justification->setMaximumHeight(80);
    form->addRow(tr("&Justification:"), m_justification);
    layout->addLayout(form);
    connect(m_status, qOverload<int>(&QComboBox::activated), this, &MitigationsDock::statusChosen);
    connect(m_justification, &QPlainTextEdit::textChanged, this,
            &MitigationsDock::justificationEdited);

    layout->addWidget(new QLabel(tr("Linked mitigations:")));
    m_linked = new QListWidget;
    m_linked->setObjectName(QStringLiteral("linkedMitigations"));
    m_linked->setMaximumHeight(90);
    layout->addWidget(m_linked);
    auto* linkRow = new QHBoxLayout;
    m_linkChoice = new QComboBox;
    m_linkChoice->setObjectName(QStringLiteral("linkChoice"));
    m_link = new QPushButton(tr("&Link"));
    m_link->setObjectName(QStringLiteral("linkMitigation"));
    m_unlink = new QPushButton(tr("&Unlink"));
    linkRow->addWidget(m_linkChoice, 1);
    linkRow->addWidget(m_link);
    linkRow->addWidget(m_unlink);
    layout->addLayout(linkRow);
    connect(m_link, &QPushButton::clicked, this,
            [this] { link(m_linkChoice->currentData().toString()); });
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_linked->currentItem())
            unlink(item->data(Qt::UserRole).toString());
    });

    layout->addWidget(new QLabel(tr("Suggested by the rule:")));
    m_suggestions = new QListWidget;
    m_suggestions->setObjectName(QStringLiteral("suggestedMitigations"));
    m_suggestions->setMaximumHeight(90);
    layout->addWidget(m_suggestions);
    m_adopt = new QPushButton(tr("Add to Catalog and Lin&k"));
    m_adopt->setObjectName(QStringLiteral("adoptSuggestion"));
    layout->addWidget(m_adopt, 0, Qt::AlignRight);
    connect(m_adopt, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_suggestions->currentItem())
            adoptSuggestion(item->data(Qt::UserRole).toString());
    });
    connect(m_suggestions, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        adoptSuggestion(item->data(Qt::UserRole).toString());
    });
    return m_threatSection;
}

QWidget* MitigationsDock::createCatalogSection()
{
    auto* section = new QWidget;
    auto* layout = new QVBoxLayout(section);
    layout->addWidget(new QLabel(tr("Mitigation catalog of the model:")));
    m_catalog = new QTableWidget(0, 3);
    m_catalog->setObjectName(QStringLiteral("mitigationCatalog"));
    m_catalog->setHorizontalHeaderLabels({tr("Mitigation"), tr("Status"), tr("Threats")});
    m_catalog->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_catalog->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_catalog->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_catalog->setMinimumHeight(110);
    m_catalog->verticalHeader()->hide();
    m_catalog->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_catalog);
    connect(m_catalog, &QTableWidget::cellChanged, this, &MitigationsDock::catalogTitleEdited);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&New…"));
    auto* remove = new QPushButton(tr("&Remove"));
    remove->setObjectName(QStringLiteral("removeMitigation"));
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &MitigationsDock::newMitigationDialog);
    connect(remove, &QPushButton::clicked, this, &MitigationsDock::removeCatalogSelection);
    return section;
}

void MitigationsDock::setThreat(const QString& threatId)
{
    m_threatId = threatId;
    refreshThreat();
}

void MitigationsDock::refreshThreat()
{
    const Threat* threat = m_document->threat(m_threatId);
    m_refreshing = true;
    m_threatSection->setEnabled(threat != nullptr);
    m_title->setText(threat ? RuleText::title(m_document->threatText(), *threat)
                            : tr("Choose a threat in the Threats panel."));
    m_status->setCurrentIndex(threat ? m_status->findData(int(threat->status)) : 0);
    const QString justification = threat ? threat->justification : QString();
    if (m_justification->toPlainText() != justification) // keeps the cursor while typing
        m_justification->setPlainText(justification);

    m_linked->clear();
    m_linkChoice->clear();
    m_suggestions->clear();
    const Model& model = m_document->model();
    if (threat) {
        for (const QString& id : threat->mitigations) {
            const Mitigation* m = model.findMitigation(id);
            auto* item = new QListWidgetItem(m ? m->title : id, m_linked);
            item->setData(Qt::UserRole, id);
            if (m)
                item->setToolTip(m->description);
        }
        for (const Mitigation& m : model.mitigations) {
            if (!threat->mitigations.contains(m.id))
                m_linkChoice->addItem(m.title, m.id);
        }
        if (const Rule* rule = m_document->library().findRule(threat->rule)) {
            for (const QString& id : rule->mitigations) {
                const LibraryMitigation* suggestion = m_document->library().findMitigation(id);
                if (!suggestion)
                    continue;
                auto* item =
                    new QListWidgetItem(RuleText::translate(suggestion->title), m_suggestions);
                item->setData(Qt::UserRole, id);
                item->setToolTip(RuleText::translate(suggestion->description));
            }
        }
    }
    m_link->setEnabled(m_linkChoice->count() > 0);
    m_unlink->setEnabled(m_linked->count() > 0);
    m_adopt->setEnabled(m_suggestions->count() > 0);
    if (m_suggestions->count() > 0)
        m_suggestions->setCurrentRow(0);
    m_refreshing = false;
}

void MitigationsDock::refreshCatalog()
{
    const Model& model = m_document->model();
    QHash<QString, int> links;
    for (const Threat& threat : model.threats) {
        for (const QString& id : threat.mitigations)
            ++links[id];
    }
    m_refreshing = true;
    m_catalog->setRowCount(int(model.mitigations.size()));
    for (int row = 0; row < model.mitigations.size(); ++row) {
        const Mitigation& m = model.mitigations.at(row);
        // Items are updated, not replaced: this may run inside the table's own edit signal.
        QTableWidgetItem* title = m_catalog->item(row, 0);
        if (!title) {
            title = new QTableWidgetItem;
            m_catalog->setItem(row, 0, title);
        }
        title->setText(m.title);
        title->setData(Qt::UserRole, m.id);
        title->setToolTip(m.description);
        auto* status = qobject_cast<QComboBox*>(m_catalog->cellWidget(row, 1));
        if (!status) {
            status = new QComboBox;
            for (MitigationStatus s : mitigationStatuses)
                status->addItem(DisplayNames::mitigationStatus(s), int(s));
            connect(status, qOverload<int>(&QComboBox::activated), this, [this, status](int index) {
                setMitigationStatus(status->property("mitigationId").toString(),
                                    status->itemData(index).toInt());
            });
            m_catalog->setCellWidget(row, 1, status);
        }
        status->setProperty("mitigationId", m.id);
        status->setCurrentIndex(status->findData(int(m.status)));
        QTableWidgetItem* count = m_catalog->item(row, 2);
        if (!count) {
            count = new QTableWidgetItem;
            count->setFlags(count->flags() & ~Qt::ItemIsEditable);
            m_catalog->setItem(row, 2, count);
        }
        count->setText(QString::number(links.value(m.id)));
    }
    m_refreshing = false;
}

void MitigationsDock::statusChosen(int index)
{
    const Threat* current = m_document->threat(m_threatId);
    if (!current)
        return;
    Threat threat = *current;
    threat.status = ThreatStatus(m_status->itemData(index).toInt());
    if (threat.status == current->status)
        return;
    m_document->undoStack()->push(new EditThreatCommand(
        m_document, threat, tr("Set “%1” to %2").arg(threat.title, m_status->itemText(index))));
}

void MitigationsDock::justificationEdited()
{
    const Threat* current = m_document->threat(m_threatId);
    if (m_refreshing || !current || current->justification == m_justification->toPlainText())
        return;
    Threat threat = *current;
    threat.justification = m_justification->toPlainText();
    m_document->undoStack()->push(new EditThreatCommand(
        m_document, threat, tr("Justify “%1”").arg(threat.title), QStringLiteral("justification")));
}

bool MitigationsDock::link(const QString& mitigationId)
{
    const auto threat = RegisterEdits::linked(m_document->model(), m_threatId, mitigationId);
    if (!threat)
        return false;
    m_document->undoStack()->push(new EditThreatCommand(
        m_document, *threat,
        tr("Link “%1”").arg(m_document->model().findMitigation(mitigationId)->title)));
    return true;
}

bool MitigationsDock::unlink(const QString& mitigationId)
{
    const auto threat = RegisterEdits::unlinked(m_document->model(), m_threatId, mitigationId);
    if (!threat)
        return false;
    const Mitigation* m = m_document->model().findMitigation(mitigationId);
    m_document->undoStack()->push(new EditThreatCommand(
        m_document, *threat, tr("Unlink “%1”").arg(m ? m->title : mitigationId)));
    return true;
}

bool MitigationsDock::adoptSuggestion(const QString& libraryMitigationId)
{
    const LibraryMitigation* suggestion = m_document->library().findMitigation(libraryMitigationId);
    if (!suggestion || !m_document->threat(m_threatId))
        return false;
    // A suggestion adopted for another threat is already in the catalog: link that entry.
    for (const Mitigation& m : m_document->model().mitigations) {
        if (m.title == suggestion->title || m.title == RuleText::translate(suggestion->title))
            return link(m.id);
    }
    Mitigation mitigation;
    mitigation.id = IdGenerator::newId(IdKind::Mitigation);
    // In the words the team sees: the catalog is theirs.
    mitigation.title = RuleText::translate(suggestion->title);
    mitigation.description = RuleText::translate(suggestion->description);
    addToCatalog(mitigation, tr("Adopt mitigation “%1”").arg(mitigation.title));
    return true;
}

void MitigationsDock::addToCatalog(const Mitigation& mitigation, const QString& text)
{
    const auto edited = RegisterEdits::withMitigation(m_document->model(), mitigation, m_threatId);
    if (edited)
        m_document->undoStack()->push(
            new RegisterCommand(m_document, edited->threats, edited->mitigations, text));
}

QString MitigationsDock::createMitigation(const QString& title)
{
    if (title.trimmed().isEmpty())
        return {};
    Mitigation mitigation;
    mitigation.id = IdGenerator::newId(IdKind::Mitigation);
    mitigation.title = title.trimmed();
    addToCatalog(mitigation, tr("New mitigation “%1”").arg(mitigation.title));
    return mitigation.id;
}

void MitigationsDock::newMitigationDialog()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New mitigation"), tr("Title:"),
                                                QLineEdit::Normal, QString(), &ok);
    if (ok)
        createMitigation(title);
}

void MitigationsDock::setMitigationStatus(const QString& mitigationId, int status)
{
    QVector<Mitigation> mitigations = m_document->model().mitigations;
    for (Mitigation& m : mitigations) {
        if (m.id == mitigationId && m.status != MitigationStatus(status)) {
            m.status = MitigationStatus(status);
            m_document->undoStack()->push(new RegisterCommand(
                m_document, m_document->model().threats, mitigations,
                tr("Mark “%1” %2").arg(m.title, DisplayNames::mitigationStatus(m.status))));
            return;
        }
    }
}

void MitigationsDock::removeCatalogSelection()
{
    const int row = m_catalog->currentRow();
    if (row < 0 || row >= m_document->model().mitigations.size())
        return;
    const Mitigation& removed = m_document->model().mitigations.at(row);
    const auto edited = RegisterEdits::withoutMitigation(m_document->model(), removed.id);
    if (edited)
        m_document->undoStack()->push(
            new RegisterCommand(m_document, edited->threats, edited->mitigations,
                                tr("Remove mitigation “%1”").arg(removed.title)));
}

void MitigationsDock::catalogTitleEdited(int row, int column)
{
    if (m_refreshing || column != 0 || row >= m_document->model().mitigations.size())
        return;
    QVector<Mitigation> mitigations = m_document->model().mitigations;
    const QString title = m_catalog->item(row, 0)->text().trimmed();
    if (title.isEmpty() || title == mitigations.at(row).title) {
        refreshCatalog();
        return;
    }
    mitigations[row].title = title;
    m_document->undoStack()->push(new RegisterCommand(m_document, m_document->model().threats,
                                                      mitigations, tr("Rename mitigation")));
}

} // namespace latch
