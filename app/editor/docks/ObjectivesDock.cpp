#include "ObjectivesDock.h"

#include "Document.h"
#include "ScrollPanel.h"
#include "commands/EditObjectivesCommand.h"
#include "commands/SetFrameworksCommand.h"
#include "engine/Frameworks.h"
#include "language/DisplayNames.h"
#include "model/IdGenerator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace latch {

namespace {

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','))) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

} // namespace

QString ObjectivesDock::frameworkTip(const QString& name)
{
    if (name == QLatin1String("linddun"))
        return tr("LINDDUN: privacy threats (linking, identifying, non-repudiation, detecting, "
                  "data disclosure, unawareness, non-compliance), driven by the personal-data "
                  "properties of flows and stores");
    if (name == QLatin1String("cia"))
        return tr("CIA: threats to confidentiality, integrity and availability");
    return tr("STRIDE per element and per interaction, with the OWASP API Security Top 10 and "
              "OAuth 2.0 rules");
}

QStringList ObjectivesDock::commonRegimes()
{
    return {QStringLiteral("PCI DSS"), QStringLiteral("HIPAA"), QStringLiteral("GDPR")};
}

ObjectivesDock::ObjectivesDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Objectives"), parent)
    , m_document(document)
    , m_title(new QLineEdit)
    , m_owner(new QLineEdit)
    , m_reviewers(new QLineEdit)
    , m_scope(new QPlainTextEdit)
    , m_description(new QPlainTextEdit)
    , m_method(new QComboBox)
    , m_otherRegimes(new QLineEdit)
    , m_assets(new QTableWidget(0, 3))
{
    setObjectName(QStringLiteral("objectives"));
    m_title->setObjectName(QStringLiteral("modelTitle"));
    m_scope->setObjectName(QStringLiteral("modelScope"));
    m_method->setObjectName(QStringLiteral("riskMethod"));
    m_reviewers->setPlaceholderText(tr("Names, separated by commas"));
    m_scope->setPlaceholderText(tr("What is in scope, and what is deliberately left out"));
    m_scope->setMaximumHeight(70);
    m_description->setMaximumHeight(70);
    m_otherRegimes->setPlaceholderText(tr("Other regimes, separated by commas"));
    m_method->addItem(tr("DREAD (five ratings, 1–10)"), int(RiskMethod::Dread));
    m_method->addItem(tr("Likelihood × impact (1–5 each)"), int(RiskMethod::Matrix));

    auto* regimes = new QWidget;
    auto* regimeRow = new QHBoxLayout(regimes);
    regimeRow->setContentsMargins(0, 0, 0, 0);
    for (const QString& regime : commonRegimes()) {
        auto* box = new QCheckBox(regime);
        box->setObjectName(QStringLiteral("regime ") + regime);
        m_regimes.append(box);
        regimeRow->addWidget(box);
        connect(box, &QCheckBox::clicked, this, [this] {
            ModelObjectives o = ModelObjectives::of(m_document->model());
            o.compliance = chosenRegimes();
            commit(o, tr("Change compliance regimes"), QString());
        });
    }
    regimeRow->addWidget(m_otherRegimes, 1);

    // The frameworks whose rules generate threats; choosing one regenerates the register.
    auto* frameworks = new QWidget;
    auto* frameworkRow = new QHBoxLayout(frameworks);
    frameworkRow->setContentsMargins(0, 0, 0, 0);
    for (const QString& name : Frameworks::names()) {
        auto* box = new QCheckBox(Frameworks::displayName(name));
        box->setObjectName(QStringLiteral("framework ") + name);
        box->setToolTip(frameworkTip(name));
        frameworkRow->addWidget(box);
        connect(box, &QCheckBox::clicked, this, [this, name](bool chosen) {
            QStringList list = m_document->model().frameworks;
            if (chosen)
                list.append(name);
            else
                list.removeAll(name);
            list = Frameworks::canonical(list);
            if (list == m_document->model().frameworks)
                return;
            const QString shown = Frameworks::displayName(name);
            m_document->undoStack()->push(new SetFrameworksCommand(
                m_document, list,
                chosen ? tr("Use %1").arg(shown) : tr("Stop using %1").arg(shown)));
        });
    }
    frameworkRow->addStretch();

    m_assets->setObjectName(QStringLiteral("assets"));
    m_assets->setHorizontalHeaderLabels({tr("Asset"), tr("Classification"), tr("Description")});
    m_assets->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_assets->verticalHeader()->hide();
    m_assets->setMinimumHeight(120);
    connect(m_assets, &QTableWidget::cellChanged, this, &ObjectivesDock::assetEdited);
    auto* assetButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add &Asset"));
    auto* remove = new QPushButton(tr("Remove Asset"));
    assetButtons->addStretch();
    assetButtons->addWidget(add);
    assetButtons->addWidget(remove);
    connect(add, &QPushButton::clicked, this, &ObjectivesDock::addAsset);
    connect(remove, &QPushButton::clicked, this, [this] { removeAsset(m_assets->currentRow()); });

    auto* content = new QWidget;
    auto* form = new QFormLayout(content);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Re&viewers:"), m_reviewers);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Risk method:"), m_method);
    form->addRow(tr("&Frameworks:"), frameworks);
    form->addRow(tr("&Compliance:"), regimes);
    form->addRow(m_assets);
    form->addRow(assetButtons);
    setWidget(new ScrollPanel(content));

    // Single-line fields: one step per field while typing (the command merges).
    auto line = [this](QLineEdit* edit, const QString& field, const QString& text,
                       void (*apply)(ModelObjectives&, const QString&)) {
        connect(edit, &QLineEdit::textEdited, this, [=](const QString& value) {
            ModelObjectives o = ModelObjectives::of(m_document->model());
            apply(o, value);
            commit(o, text, field);
        });
    };
    line(m_title, QStringLiteral("title"), tr("Edit model title"),
         [](ModelObjectives& o, const QString& v) { o.title = v; });
    line(m_owner, QStringLiteral("owner"), tr("Edit owner"),
         [](ModelObjectives& o, const QString& v) { o.owner = v; });
    line(m_reviewers, QStringLiteral("reviewers"), tr("Edit reviewers"),
         [](ModelObjectives& o, const QString& v) { o.reviewers = splitList(v); });
    connect(m_otherRegimes, &QLineEdit::textEdited, this, [this] {
        ModelObjectives o = ModelObjectives::of(m_document->model());
        o.compliance = chosenRegimes();
        commit(o, tr("Change compliance regimes"), QStringLiteral("regimes"));
    });
    auto block = [this](QPlainTextEdit* edit, const QString& field, const QString& text,
                        void (*apply)(ModelObjectives&, const QString&)) {
        connect(edit, &QPlainTextEdit::textChanged, this, [=] {
            if (m_refreshing)
                return;
            ModelObjectives o = ModelObjectives::of(m_document->model());
            apply(o, edit->toPlainText());
            commit(o, text, field);
        });
    };
    block(m_scope, QStringLiteral("scope"), tr("Edit scope"),
          [](ModelObjectives& o, const QString& v) { o.scope = v; });
    block(m_description, QStringLiteral("description"), tr("Edit model description"),
          [](ModelObjectives& o, const QString& v) { o.description = v; });
    connect(m_method, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        ModelObjectives o = ModelObjectives::of(m_document->model());
        o.riskMethod = RiskMethod(m_method->itemData(index).toInt());
        commit(o, tr("Change risk method"), QString());
    });

    connect(m_document, &Document::objectivesChanged, this, &ObjectivesDock::refresh);
    refresh();
}

QCheckBox* ObjectivesDock::regimeBox(const QString& regime) const
{
    for (QCheckBox* box : m_regimes) {
        if (box->text() == regime)
            return box;
    }
    return nullptr;
}

QCheckBox* ObjectivesDock::frameworkBox(const QString& name) const
{
    return findChild<QCheckBox*>(QStringLiteral("framework ") + name);
}

QStringList ObjectivesDock::chosenRegimes() const
{
    QStringList regimes;
    for (const QCheckBox* box : m_regimes) {
        if (box->isChecked())
            regimes << box->text();
    }
    for (const QString& other : splitList(m_otherRegimes->text())) {
        if (!regimes.contains(other))
            regimes << other;
    }
    return regimes;
}

void ObjectivesDock::commit(const ModelObjectives& objectives, const QString& text,
                            const QString& field)
{
    if (objectives != ModelObjectives::of(m_document->model()))
        m_document->undoStack()->push(
            new EditObjectivesCommand(m_document, objectives, text, field));
}

void ObjectivesDock::refresh()
{
    const ModelObjectives o = ModelObjectives::of(m_document->model());
    m_refreshing = true;
    // Only fields that differ, so that the one being typed in keeps its cursor.
    auto setLine = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    auto setBlock = [](QPlainTextEdit* edit, const QString& text) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    };
    setLine(m_title, o.title);
    setLine(m_owner, o.owner);
    if (splitList(m_reviewers->text()) != o.reviewers)
        m_reviewers->setText(o.reviewers.join(QStringLiteral(", ")));
    setBlock(m_scope, o.scope);
    setBlock(m_description, o.description);
    m_method->setCurrentIndex(m_method->findData(int(o.riskMethod)));
    QStringList others;
    for (const QString& regime : o.compliance) {
        if (!commonRegimes().contains(regime))
            others << regime;
    }
    for (QCheckBox* box : std::as_const(m_regimes))
        box->setChecked(o.compliance.contains(box->text()));
    if (splitList(m_otherRegimes->text()) != others)
        m_otherRegimes->setText(others.join(QStringLiteral(", ")));
    for (const QString& name : Frameworks::names())
        frameworkBox(name)->setChecked(m_document->model().frameworks.contains(name));

    m_assets->setRowCount(int(o.assets.size()));
    for (int row = 0; row < o.assets.size(); ++row) {
        const Asset& asset = o.assets.at(row);
        // Items are updated, not replaced: this may run inside the table's own edit signal.
        for (const auto& [column, text] : {std::pair{0, asset.name}, {2, asset.description}}) {
            if (QTableWidgetItem* item = m_assets->item(row, column)) {
                if (item->text() != text)
                    item->setText(text);
            } else {
                m_assets->setItem(row, column, new QTableWidgetItem(text));
            }
        }
        auto* classification = qobject_cast<QComboBox*>(m_assets->cellWidget(row, 1));
        if (!classification) {
            classification = new QComboBox;
            for (const QString& c : Asset::classifications())
                classification->addItem(DisplayNames::classification(c), c);
            connect(classification, qOverload<int>(&QComboBox::activated), this,
                    [this, row, classification](int index) {
                        ModelObjectives edited = ModelObjectives::of(m_document->model());
                        if (row >= edited.assets.size())
                            return;
                        edited.assets[row].classification =
                            classification->itemData(index).toString();
                        commit(edited, tr("Classify asset"), QString());
                    });
            m_assets->setCellWidget(row, 1, classification);
        }
        classification->setCurrentIndex(
            std::max(0, classification->findData(asset.classification)));
    }
    m_refreshing = false;
}

void ObjectivesDock::assetEdited(int row, int column)
{
    ModelObjectives o = ModelObjectives::of(m_document->model());
    if (m_refreshing || row >= o.assets.size())
        return;
    const QString text = m_assets->item(row, column)->text().trimmed();
    if (column == 0 && !text.isEmpty())
        o.assets[row].name = text;
    else if (column == 2)
        o.assets[row].description = text;
    if (o != ModelObjectives::of(m_document->model()))
        commit(o, tr("Edit asset"), QString());
    else
        refresh(); // an empty name is refused: show the old one again
}

void ObjectivesDock::addAsset()
{
    ModelObjectives o = ModelObjectives::of(m_document->model());
    Asset asset;
    asset.id = IdGenerator::newId(IdKind::Asset);
    asset.name = tr("New asset");
    asset.classification = QStringLiteral("internal");
    o.assets.append(asset);
    commit(o, tr("Add asset"), QString());
    m_assets->setCurrentCell(int(o.assets.size()) - 1, 0);
}

void ObjectivesDock::removeAsset(int row)
{
    ModelObjectives o = ModelObjectives::of(m_document->model());
    if (row < 0 || row >= o.assets.size())
        return;
    o.assets.removeAt(row);
    commit(o, tr("Remove asset"), QString());
}

} // namespace latch
