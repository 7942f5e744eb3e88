#include "ChangesDock.h"

#include "ScrollPanel.h"
#include "compare/Comparison.h"
#include "language/DisplayNames.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace latch {

namespace {

constexpr int indexRole = Qt::UserRole;

// Values that are the format's names (a status, a band) in the user's words; the rest as is.
QString readable(const ModelChange& change, const QString& value)
{
    return change.change == QLatin1String("status") ? DisplayNames::of(value) : value;
}

} // namespace

ChangesDock::ChangesDock(Comparison* comparison, QWidget* parent)
    : QDockWidget(tr("Changes"), parent)
    , m_comparison(comparison)
    , m_summary(new QLabel)
    , m_hideLayout(new QCheckBox(tr("Hide &layout changes")))
    , m_end(new QPushButton(tr("&End Comparison")))
    , m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("changes"));
    m_summary->setObjectName(QStringLiteral("changesSummary"));
    m_summary->setWordWrap(true);
    m_hideLayout->setObjectName(QStringLiteral("hideLayout"));
    m_end->setObjectName(QStringLiteral("endComparison"));
    m_tree->setObjectName(QStringLiteral("changeList"));
    // What happened first, short, then to what: a reviewer's "renamed process “Accounts”".
    m_tree->setHeaderLabels({tr("Change"), tr("Element"), tr("Before"), tr("After")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setMinimumHeight(ScrollPanel::minimumExtent);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_hideLayout);
    controls->addStretch();
    controls->addWidget(m_end);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    setWidget(content);

    connect(m_hideLayout, &QCheckBox::toggled, m_comparison, &Comparison::setIgnoreLayout);
    connect(m_end, &QPushButton::clicked, m_comparison, &Comparison::clear);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, indexRole).isValid())
            Q_EMIT changeChosen(item->data(0, indexRole).toInt());
    });
    connect(m_comparison, &Comparison::changed, this, &ChangesDock::refresh);
    refresh();
}

void ChangesDock::refresh()
{
    m_tree->clear();
    const bool active = m_comparison->isActive();
    m_end->setEnabled(active);
    m_hideLayout->setEnabled(active);
    if (!active) {
        m_summary->setText(tr("Not comparing. File → Compare With File… or Compare With "
                              "Revision… shows what changed since another version."));
        return;
    }
    const QVector<ModelChange>& changes = m_comparison->changes();
    m_summary->setText(changes.isEmpty()
                           ? tr("No changes since %1.").arg(m_comparison->label())
                           : tr("%n change(s) since %1.", nullptr, int(changes.size()))
                                 .arg(m_comparison->label()));
    const QString rankTitles[] = {tr("Security"), tr("Meaning"), tr("Layout")};
    QTreeWidgetItem* groups[3] = {};
    for (int i = 0; i < changes.size(); ++i) {
        const ModelChange& c = changes.at(i);
        const int rank = int(c.rank);
        if (!groups[rank]) {
            groups[rank] = new QTreeWidgetItem(m_tree, {rankTitles[rank]});
            groups[rank]->setFlags(Qt::ItemIsEnabled);
            groups[rank]->setFirstColumnSpanned(true);
        }
        QString what = DisplayNames::diffChange(c.change);
        if (!c.field.isEmpty())
            what += QStringLiteral(": ") + c.field;
        const QString subject = DisplayNames::diffSubject(c.subject);
        const QString element = c.name.isEmpty() ? subject : tr("%1 “%2”").arg(subject, c.name);
        auto* item = new QTreeWidgetItem(
            groups[rank], {what, element, readable(c, c.before), readable(c, c.after)});
        item->setData(0, indexRole, i);
        item->setToolTip(1, element);
    }
    for (QTreeWidgetItem* group : groups) {
        if (group)
            group->setText(0, tr("%1 (%2)").arg(group->text(0)).arg(group->childCount()));
    }
    m_tree->expandAll();
    // Each column as wide as it needs, none more than half the panel, so that all stay in view.
    for (int column = 0; column < 3; ++column) {
        m_tree->resizeColumnToContents(column);
        m_tree->setColumnWidth(
            column, std::min(m_tree->columnWidth(column), m_tree->viewport()->width() / 2));
    }
}

} // namespace latch
