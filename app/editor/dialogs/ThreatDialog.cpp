#include "ThreatDialog.h"

#include "language/DisplayNames.h"
#include "model/Threat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace latch {

ThreatDialog::ThreatDialog(const Threat& threat, const QStringList& categories, QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(threat.title))
    , m_category(new QComboBox)
    , m_description(new QPlainTextEdit(threat.description))
    , m_threat(std::make_unique<Threat>(threat))
{
    setWindowTitle(threat.title.isEmpty() ? tr("Add threat") : tr("Edit threat"));
    m_title->setObjectName(QStringLiteral("threatTitle"));
    m_description->setObjectName(QStringLiteral("threatDescription"));
    m_category->setObjectName(QStringLiteral("threatCategory"));
    QStringList ids = categories;
    if (!threat.category.isEmpty() && !ids.contains(threat.category))
        ids.append(threat.category);
    for (const QString& id : std::as_const(ids))
        m_category->addItem(DisplayNames::category(id), id);
    m_category->setCurrentIndex(std::max(0, int(ids.indexOf(threat.category))));
    // Generated threats keep their rule's category, so regeneration finds them again.
    m_category->setEnabled(threat.rule.isEmpty());

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Description:"), m_description);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &ThreatDialog::updateOkButton);
    updateOkButton();
    resize(520, 340);
}

void ThreatDialog::updateOkButton()
{
    m_ok->setEnabled(!m_title->text().trimmed().isEmpty());
}

Threat ThreatDialog::result() const
{
    Threat threat = *m_threat;
    threat.title = m_title->text().trimmed();
    threat.category = m_category->currentData().toString();
    threat.description = m_description->toPlainText().trimmed();
    return threat;
}

} // namespace latch
