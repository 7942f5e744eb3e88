#include "PreferencesDialog.h"

#include "language/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace latch {

PreferencesDialog::PreferencesDialog(const Preferences& preferences, QWidget* parent)
    : QDialog(parent)
    , m_initial(preferences)
    , m_language(new QComboBox)
    , m_grid(new QSpinBox)
    , m_snap(new QCheckBox(tr("Snap to the grid")))
    , m_autosave(new QSpinBox)
    , m_riskMethod(new QComboBox)
    , m_pageSize(new QComboBox)
    , m_obsolete(new QCheckBox(tr("Include obsolete threats")))
    , m_openOnly(new QCheckBox(tr("Only open and in-progress threats")))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system"), QString());
    for (const QString& code : Translations::available())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_grid->setRange(Preferences::minimumGrid, Preferences::maximumGrid);
    m_grid->setValue(preferences.gridSize);
    m_grid->setObjectName(QStringLiteral("gridSize"));
    m_snap->setChecked(preferences.snapToGrid);
    m_autosave->setRange(0, 3600);
    m_autosave->setSingleStep(30);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setValue(preferences.autosaveSeconds);
    m_riskMethod->addItem(tr("DREAD (five ratings, 1–10)"), int(RiskMethod::Dread));
    m_riskMethod->addItem(tr("Likelihood × impact (1–5 each)"), int(RiskMethod::Matrix));
    m_riskMethod->setCurrentIndex(m_riskMethod->findData(int(preferences.riskMethod)));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(preferences.pageSize))));
    m_obsolete->setChecked(preferences.includeObsolete);
    m_openOnly->setChecked(preferences.openOnly);

    auto* general = new QGroupBox(tr("General"));
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("A new language applies when Latch starts again."));
    note->setWordWrap(true);
    generalForm->addRow(QString(), note);
    generalForm->addRow(tr("&Recovery copy every:"), m_autosave);
    auto* canvas = new QGroupBox(tr("Canvas"));
    auto* canvasForm = new QFormLayout(canvas);
    canvasForm->addRow(tr("&Grid size:"), m_grid);
    canvasForm->addRow(QString(), m_snap);
    auto* models = new QGroupBox(tr("New models and reports"));
    auto* modelsForm = new QFormLayout(models);
    modelsForm->addRow(tr("Risk &method:"), m_riskMethod);
    modelsForm->addRow(tr("&Page size:"), m_pageSize);
    modelsForm->addRow(QString(), m_obsolete);
    modelsForm->addRow(QString(), m_openOnly);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(canvas);
    layout->addWidget(models);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_initial;
    p.language = m_language->currentData().toString();
    p.gridSize = m_grid->value();
    p.snapToGrid = m_snap->isChecked();
    p.autosaveSeconds = m_autosave->value();
    p.riskMethod = RiskMethod(m_riskMethod->currentData().toInt());
    p.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    p.includeObsolete = m_obsolete->isChecked();
    p.openOnly = m_openOnly->isChecked();
    return p;
}

} // namespace latch
