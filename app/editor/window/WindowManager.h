#pragma once

#include <QStringList>

class QMenu;
class QWidget;

namespace latch {

class MainWindow;
struct Preferences;

// What concerns every window rather than one: a new window, the Open dialog and the recent
// files, restoring work after a crash, and preferences, which every open window applies at
// once.
class WindowManager
{
public:
    static MainWindow* newWindow();
    // Asks for a model and opens it in a new window; nullptr when cancelled or refused (the
    // error is shown over `parent`).
    static MainWindow* openDialog(QWidget* parent);
    // Opens `path` in a new window, or tells why not over `parent`.
    static MainWindow* openOrTell(const QString& path, QWidget* parent);

    static QStringList recentFiles();
    static void addRecentFile(const QString& path);
    // An "Open Recent" submenu of `menu`, filled each time it opens; a file chosen there
    // opens in a new window (a refusal is told over `parent`).
    static void addRecentMenu(QMenu* menu, QWidget* parent);

    // Offers to restore work left by a session that did not close normally; opens a window
    // for each copy restored. Returns how many were restored.
    static int offerRecovery(QWidget* parent = nullptr);

    // Saves the preferences and applies them to every open window.
    static void applyEverywhere(const Preferences& preferences);
    static QList<MainWindow*> windows();

    static constexpr int maximumRecentFiles = 8;
};

} // namespace latch
