#pragma once

#include <QDockWidget>
#include <QPointer>
#include <QString>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QComboBox;

namespace latch {

class DiagramScene;
class Document;
struct Element;
struct PropertySchema;

// Edits the selected element: name, description, type, and the typed properties its type has
// in the rule library (check boxes for flags, lists for enumerations). Every change is an
// undoable command; the panel follows the model when undo changes it back.
class PropertiesDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PropertiesDock(Document* document, QWidget* parent = nullptr);

    // The scene whose selection the panel follows.
    void setScene(DiagramScene* scene);
    const QString& elementId() const { return m_elementId; }

private:
    void followSelection();
    void rebuild();
    void refreshValues();
    void commit(const Element& changed, const QString& what, const QString& field = QString());
    QWidget* editorFor(const PropertySchema& schema, const Element& element);

    Document* m_document;
    QPointer<DiagramScene> m_scene;
    QString m_elementId;
    QWidget* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_type = nullptr;
    bool m_applying = false; // the change in flight came from this panel
};

} // namespace latch
