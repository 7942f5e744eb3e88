#include "ElementMenu.h"

#include "DiagramTabs.h"
#include "EditActions.h"
#include "docks/PropertiesDock.h"
#include "docks/ThreatsDock.h"
#include "scene/DiagramScene.h"

#include <QAction>
#include <QMenu>

namespace latch {

ElementMenu::ElementMenu(DiagramTabs* tabs, EditActions* edit, PropertiesDock* properties,
                         ThreatsDock* threats, QWidget* window)
    : QObject(window)
    , m_edit(edit)
    , m_properties(properties)
    , m_threats(threats)
    , m_window(window)
{
    connect(tabs, &DiagramTabs::sceneCreated, this, &ElementMenu::follow);
    for (DiagramScene* scene : tabs->scenes())
        follow(scene);
}

void ElementMenu::follow(DiagramScene* scene)
{
    connect(scene, &DiagramScene::contextMenuRequested, this, &ElementMenu::popup);
}

void ElementMenu::popup(const QString& elementId, QPoint screenPos)
{
    delete m_menu;
    m_menu = new QMenu(m_window);
    m_menu->setObjectName(QStringLiteral("canvasMenu"));
    if (elementId.isEmpty()) {
        m_menu->addAction(m_edit->paste());
        m_menu->addAction(m_edit->selectAll());
    } else {
        m_menu->addAction(m_edit->rename());
        m_menu->addAction(tr("&Properties"), m_properties, [this] {
            m_properties->show();
            m_properties->raise();
        });
        m_menu->addAction(tr("&Threats of This Element"), m_threats,
                          [this] { m_threats->showSelectionOnly(); });
        if (m_edit->straighten()->isEnabled()) // a flow
            m_menu->addAction(m_edit->straighten());
        m_menu->addSeparator();
        m_menu->addAction(m_edit->remove());
    }
    m_menu->popup(screenPos);
}

} // namespace latch
