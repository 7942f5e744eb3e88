#pragma once

#include <QObject>
#include <QPoint>

class QMenu;

namespace latch {

class DiagramScene;
class DiagramTabs;
class EditActions;
class PropertiesDock;
class ThreatsDock;

// The canvas's context menu: on an element or flow, Rename, Properties, Threats of This
// Element (and Straighten Flow on a flow) and Delete; on empty canvas, Paste and Select All. The
// entries are the Edit menu's own actions where there is one, so shortcuts and enabling are the
// same everywhere.
class ElementMenu : public QObject
{
    Q_OBJECT

public:
    ElementMenu(DiagramTabs* tabs, EditActions* edit, PropertiesDock* properties,
                ThreatsDock* threats, QWidget* window);

    // The menu shown last (open while it is visible), for tests to read and click.
    QMenu* menu() const { return m_menu; }
    void popup(const QString& elementId, QPoint screenPos);

private:
    void follow(DiagramScene* scene);

    EditActions* m_edit;
    PropertiesDock* m_properties;
    ThreatsDock* m_threats;
    QWidget* m_window;
    QMenu* m_menu = nullptr;
};

} // namespace latch
