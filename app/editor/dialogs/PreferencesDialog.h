#pragma once

#include "Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace latch {

// Edit → Preferences: language, grid, autosave, the risk method of new models and the
// report's defaults. Accepting saves them; the language applies at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences& preferences, QWidget* parent = nullptr);

    Preferences preferences() const;

private:
    Preferences m_initial;
    QComboBox* m_language;
    QSpinBox* m_grid;
    QCheckBox* m_snap;
    QSpinBox* m_autosave;
    QComboBox* m_riskMethod;
    QComboBox* m_pageSize;
    QCheckBox* m_obsolete;
    QCheckBox* m_openOnly;
};

} // namespace latch
