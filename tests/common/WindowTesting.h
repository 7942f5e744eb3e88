#pragma once

// Helpers for the suites that drive a whole editor window.
#include "ExamplePaths.h"

#include <QAction>
#include <QString>
#include <QWidget>

namespace latch::test {

// The window's action with this menu text ("&Paste"), or nullptr.
inline QAction* actionNamed(QWidget* window, const char* text)
{
    for (QAction* action : window->findChildren<QAction*>()) {
        if (action->text() == QString::fromUtf8(text))
            return action;
    }
    return nullptr;
}

} // namespace latch::test
