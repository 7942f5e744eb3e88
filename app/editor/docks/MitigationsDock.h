#pragma once

#include <QDockWidget>
#include <QString>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace latch {

class Document;
struct Mitigation;

// What the team decides about the current threat: its status and justification, the
// mitigations linked to it (and those its rule suggests), and the model's mitigation catalog
// with each entry's status. Every change is an undo step.
class MitigationsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit MitigationsDock(Document* document, QWidget* parent = nullptr);

    void setThreat(const QString& threatId);
    const QString& threatId() const { return m_threatId; }

    // Linking by id, as the buttons do; false when there is nothing to do.
    bool link(const QString& mitigationId);
    bool unlink(const QString& mitigationId);
    // Adds the rule's suggestion to the catalog (or finds it there by title) and links it.
    bool adoptSuggestion(const QString& libraryMitigationId);
    // A new catalog entry, linked to the current threat when there is one. Returns its id.
    QString createMitigation(const QString& title);
    void setMitigationStatus(const QString& mitigationId, int status);

    QComboBox* statusBox() const { return m_status; }
    QPlainTextEdit* justificationEdit() const { return m_justification; }
    QListWidget* linkedList() const { return m_linked; }
    QListWidget* suggestionList() const { return m_suggestions; }
    QTableWidget* catalogTable() const { return m_catalog; }

private:
    QWidget* createThreatSection();
    QWidget* createCatalogSection();
    void refreshThreat();
    void refreshCatalog();
    void statusChosen(int index);
    void justificationEdited();
    void newMitigationDialog();
    void removeCatalogSelection();
    void catalogTitleEdited(int row, int column);
    // Adds to the catalog and links to the current threat (if any), as one undo step.
    void addToCatalog(const Mitigation& mitigation, const QString& text);

    Document* m_document;
    QString m_threatId;
    QLabel* m_title = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QListWidget* m_linked = nullptr;
    QComboBox* m_linkChoice = nullptr;
    QPushButton* m_link = nullptr;
    QPushButton* m_unlink = nullptr;
    QListWidget* m_suggestions = nullptr;
    QPushButton* m_adopt = nullptr;
    QTableWidget* m_catalog = nullptr;
    QWidget* m_threatSection = nullptr;
    bool m_refreshing = false;
};

} // namespace latch
