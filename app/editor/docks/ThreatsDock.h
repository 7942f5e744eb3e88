#pragma once

#include <QDockWidget>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLineEdit;
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

Q_SIGNALS:
    void threatChosen(const QString& elementId);

private:
    void followSelection();
    QComboBox* addFilter(const QString& all, const QStringList& values, const QString& name);

    Document* m_document;
    ThreatTableModel* m_model;
    ThreatFilterProxy* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QCheckBox* m_onlySelection;
    QCheckBox* m_showObsolete;
    QPointer<DiagramScene> m_scene;
    QWidget* m_filters;
};

} // namespace latch
