#pragma once

#include "ModelObjectives.h"

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace latch {

class Document;

// Step 1 of a workshop: what is modelled and why. Title, owner, reviewers, scope, the risk
// method, the assets worth protecting with their classification, and the compliance regimes
// that apply. The report's cover and summary are made from these. Every change is an undo
// step; typing into one field is one step.
class ObjectivesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ObjectivesDock(Document* document, QWidget* parent = nullptr);

    // The regimes offered as check boxes; others go into the free-text field.
    static QStringList commonRegimes();

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* scopeEdit() const { return m_scope; }
    QComboBox* riskMethodBox() const { return m_method; }
    QCheckBox* regimeBox(const QString& regime) const;
    // The check box of a framework ("stride", "linddun", "cia").
    QCheckBox* frameworkBox(const QString& name) const;
    static QString frameworkTip(const QString& name);
    QTableWidget* assetTable() const { return m_assets; }
    void addAsset();
    void removeAsset(int row);

private:
    void refresh();
    void commit(const ModelObjectives& objectives, const QString& text, const QString& field);
    void assetEdited(int row, int column);
    QStringList chosenRegimes() const;

    Document* m_document;
    QLineEdit* m_title;
    QLineEdit* m_owner;
    QLineEdit* m_reviewers;
    QPlainTextEdit* m_scope;
    QPlainTextEdit* m_description;
    QComboBox* m_method;
    QList<QCheckBox*> m_regimes;
    QLineEdit* m_otherRegimes;
    QTableWidget* m_assets;
    bool m_refreshing = false;
};

} // namespace latch
