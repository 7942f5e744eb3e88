#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace latch {

struct Threat;

// Title, category and description of a threat: for a manual threat the team adds, and for
// rewording any threat in the team's own terms.
class ThreatDialog : public QDialog
{
    Q_OBJECT

public:
    // `categories` are ids ("spoofing", ...); the threat's own category is added if missing.
    ThreatDialog(const Threat& threat, const QStringList& categories, QWidget* parent = nullptr);

    // The threat given to the constructor with the dialog's fields applied.
    Threat result() const;

private:
    void updateOkButton();

    QLineEdit* m_title;
    QComboBox* m_category;
    QPlainTextEdit* m_description;
    QPushButton* m_ok = nullptr;
    std::unique_ptr<Threat> m_threat;
};

} // namespace latch
