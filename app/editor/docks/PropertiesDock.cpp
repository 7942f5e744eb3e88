#include "PropertiesDock.h"

#include "Document.h"
#include "ScrollPanel.h"
#include "commands/EditElementCommand.h"
#include "engine/Frameworks.h"
#include "language/RuleText.h"
#include "scene/DiagramScene.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <limits>

namespace latch {

PropertiesDock::PropertiesDock(Document* document, QWidget* parent)
    : QDockWidget(tr("Properties"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("properties"));
    connect(m_document, &Document::elementChanged, this, [this](const QString&, const QString& id) {
        if (id == m_elementId && !m_applying)
            refreshValues();
    });
    connect(m_document, &Document::elementRemoved, this, [this](const QString&, const QString& id) {
        if (id == m_elementId)
            followSelection();
    });
    // A framework chosen or dropped shows or hides its properties.
    connect(m_document, &Document::objectivesChanged, this, &PropertiesDock::rebuild);
    rebuild();
}

void PropertiesDock::setScene(DiagramScene* scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    if (m_scene)
        connect(m_scene, &QGraphicsScene::selectionChanged, this, &PropertiesDock::followSelection);
    followSelection();
}

void PropertiesDock::followSelection()
{
    const QStringList selected = m_scene ? m_scene->selectedIds() : QStringList();
    const QString id = selected.size() == 1 ? selected.first() : QString();
    if (id == m_elementId && m_form)
        return;
    m_elementId = id;
    rebuild();
}

void PropertiesDock::commit(const Element& changed, const QString& what, const QString& field)
{
    m_applying = true;
    m_document->undoStack()->push(new EditElementCommand(m_document, changed, what, field));
    m_applying = false;
}

QWidget* PropertiesDock::editorFor(const PropertySchema& schema, const Element& element)
{
    const QVariant value = element.properties.value(schema.name, schema.defaultValue);
    const QString name = schema.name;
    auto change = [this, name](const QVariant& v) {
        const Element* current = m_document->element(m_elementId);
        if (!current || current->properties.value(name) == v)
            return;
        Element changed = *current;
        changed.properties.insert(name, v);
        commit(changed, tr("Set %1").arg(name));
    };
    QWidget* editor = nullptr;
    switch (schema.type) {
    case PropertySchema::Type::Bool: {
        auto* box = new QCheckBox;
        box->setChecked(value.toBool());
        connect(box, &QCheckBox::toggled, this, [change](bool on) { change(on); });
        editor = box;
        break;
    }
    case PropertySchema::Type::Enum: {
        auto* combo = new QComboBox;
        combo->addItems(schema.values);
        combo->setCurrentText(value.toString());
        connect(combo, &QComboBox::textActivated, this,
                [change](const QString& text) { change(text); });
        editor = combo;
        break;
    }
    case PropertySchema::Type::String: {
        auto* line = new QLineEdit(value.toString());
        connect(line, &QLineEdit::editingFinished, this, [change, line] { change(line->text()); });
        editor = line;
        break;
    }
    case PropertySchema::Type::Number: {
        auto* spin = new QDoubleSpinBox;
        spin->setRange(-1e9, 1e9);
        spin->setDecimals(2);
        spin->setValue(value.toDouble());
        connect(spin, &QDoubleSpinBox::editingFinished, this,
                [change, spin] { change(spin->value()); });
        editor = spin;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("property:") + schema.name);
    editor->setToolTip(RuleText::translate(schema.description));
    return editor;
}

void PropertiesDock::rebuild()
{
    delete m_form;
    m_form = nullptr;
    m_name = nullptr;
    m_description = nullptr;
    m_type = nullptr;
    auto* content = new QWidget;
    auto* form = new QFormLayout(content);
    // The scroll area takes the content once it is complete: Qt does not show widgets given
    // to a scroll area before their rows exist.
    auto install = [this, content] {
        auto* scroll = new ScrollPanel(content);
        m_form = scroll;
        setWidget(scroll);
    };

    const Element* element = m_document->element(m_elementId);
    if (!element) {
        auto* hint = new QLabel(tr("Select one element to edit its properties."));
        hint->setWordWrap(true);
        form->addRow(hint);
        install();
        return;
    }
    m_name = new QLineEdit(element->name);
    m_name->setObjectName(QStringLiteral("name"));
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const Element* current = m_document->element(m_elementId);
        if (current && current->name != m_name->text()) {
            Element changed = *current;
            changed.name = m_name->text();
            commit(changed, tr("Rename"));
        }
    });
    form->addRow(tr("Name"), m_name);

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("type"));
    const TypeRegistry& types = m_document->library().types();
    for (const QString& id : types.ids()) {
        if (types.isA(id, elementKindName(element->kind)))
            m_type->addItem(RuleText::translate(types.find(id)->name), id);
    }
    m_type->setCurrentIndex(m_type->findData(element->effectiveType()));
    connect(m_type, &QComboBox::activated, this, [this](int index) {
        const Element* current = m_document->element(m_elementId);
        const QString type = m_type->itemData(index).toString();
        if (current && current->effectiveType() != type) {
            Element changed = *current;
            changed.type = type;
            commit(changed, tr("Change type"));
            rebuild(); // a type brings its own properties
        }
    });
    form->addRow(tr("Type"), m_type);

    m_description = new QPlainTextEdit(element->description);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaximumHeight(90);
    form->addRow(tr("Description"), m_description);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const Element* current = m_document->element(m_elementId);
        if (current && current->description != m_description->toPlainText()) {
            Element changed = *current;
            changed.description = m_description->toPlainText();
            commit(changed, tr("Edit description"), QStringLiteral("description"));
        }
    });

    // With a TMT template, also the attributes of the generic stencil the element stands for.
    // A framework's own properties while the model uses it, or when the element has a value.
    const unsigned frameworks = Frameworks::maskOf(m_document->model().frameworks);
    for (const PropertySchema& schema : types.propertiesOf(*element)) {
        if (!Frameworks::applies(schema.framework, frameworks) &&
            !element->properties.contains(schema.name))
            continue;
        auto* label = new QLabel(RuleText::translate(schema.label));
        label->setToolTip(RuleText::translate(schema.description));
        form->addRow(label, editorFor(schema, *element));
    }
    install();
}

void PropertiesDock::refreshValues()
{
    // Undo or another view changed the element: rebuild from the model, keeping the selection.
    rebuild();
}

} // namespace latch
