#pragma once

#include <QDockWidget>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QTableView;

namespace latch {

class DiagramScene;
class Document;
class ThreatFilterProxy;
class ThreatTableModel;

// The threat register of the model: a table sorted by risk, filtered by category, status,
// risk band, OWASP API id, text and (optionally) the canvas selection. Choosing a threat asks
// the window to select and centre its element. Obsolete threats are hidden unless asked for.
class ThreatsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ThreatsDock(Document* document, QWidget* parent = nullptr);

    void setScene(DiagramScene* scene);
    QTableView* table() const { return m_table; }
    ThreatFilterProxy* filter() const { return m_proxy; }
    int visibleCount() const;
    // The threat of the current row, or an empty string.
    QString currentThreatId() const;
    // Makes the threat the current row, if the filters show it.
    bool selectThreat(const QString& threatId);

    // The buttons under the table. Adding asks for the new threat's text in a dialog and
    // attaches it to the one element selected on the canvas.
    void addThreat();
    void editThreat();
    void purgeObsolete();
    // The current threat kept apart from the threat it repeats, or folded into it again.
    void toggleKeptApart();
    // The register of the canvas selection only, in front (the canvas menu's "Threats of This
    // Element").
    void showSelectionOnly();
    // Removes obsolete threats from the register as one undoable step; returns how many.
    int purgeObsoleteThreats();

Q_SIGNALS:
    // The user chose a threat: the window reveals its element.
    void threatChosen(const QString& elementId);
    // The current threat changed, by the user or because the register changed under it.
    void currentThreatChanged(const QString& threatId);

private:
    // The categories a threat may have: the filter's and the threat dialog's choices.
    QStringList categories() const;
    void followSelection();
    void updateButtons();
    QWidget* createButtons();
    QComboBox* addFilter(const QString& all, const QStringList& values, const QString& name);

    Document* m_document;
    ThreatTableModel* m_model;
    ThreatFilterProxy* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QCheckBox* m_onlySelection;
    QCheckBox* m_showObsolete;
    QCheckBox* m_showRepeats;
    QPointer<DiagramScene> m_scene;
    QWidget* m_filters;
    QHBoxLayout* m_filterRow = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_purge = nullptr;
    QPushButton* m_apart = nullptr;
    QLabel* m_shown = nullptr;
    QString m_keptThreat; // the current threat while the table resets
    bool m_restoring = false;
};

} // namespace latch
