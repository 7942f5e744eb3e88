#include "WindowManager.h"

#include "Document.h"
#include "Preferences.h"
#include "RecoveryStore.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace latch {

namespace {

const QString recentFilesKey = QStringLiteral("recentFiles");
const QString fileFilter = QStringLiteral("Latch models (*.tmodel);;All files (*)");

} // namespace

// Texts in MainWindow's translation context, where they have always been translated.

MainWindow* WindowManager::newWindow()
{
    auto* window = new MainWindow;
    window->show();
    return window;
}

MainWindow* WindowManager::openDialog(QWidget* parent)
{
    const QString path =
        QFileDialog::getOpenFileName(parent, MainWindow::tr("Open model"), QString(), fileFilter);
    return path.isEmpty() ? nullptr : openOrTell(path, parent);
}

MainWindow* WindowManager::openOrTell(const QString& path, QWidget* parent)
{
    QString error;
    MainWindow* window = MainWindow::openFile(path, &error);
    if (!window) {
        QMessageBox::critical(parent, MainWindow::tr("Cannot open"), error);
        return nullptr;
    }
    window->show();
    return window;
}

void WindowManager::addRecentMenu(QMenu* menu, QWidget* parent)
{
    QMenu* recent = menu->addMenu(QCoreApplication::translate("latch::MainWindow", "Open &Recent"));
    QObject::connect(recent, &QMenu::aboutToShow, parent, [recent, parent] {
        recent->clear();
        const QStringList files = recentFiles();
        for (const QString& path : files) {
            recent->addAction(QFileInfo(path).fileName(), parent,
                              [path, parent] { openOrTell(path, parent); });
        }
        recent->setEnabled(!files.isEmpty());
    });
}

QStringList WindowManager::recentFiles()
{
    return QSettings().value(recentFilesKey).toStringList();
}

void WindowManager::addRecentFile(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(recentFilesKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maximumRecentFiles)
        recent.removeLast();
    settings.setValue(recentFilesKey, recent);
}

int WindowManager::offerRecovery(QWidget* parent)
{
    const RecoveryStore store;
    const QVector<RecoveryStore::Entry> entries = store.pending();
    if (entries.isEmpty())
        return 0;
    QStringList names;
    for (const RecoveryStore::Entry& entry : entries)
        names << (entry.originalPath.isEmpty() ? MainWindow::tr("an unsaved model")
                                               : entry.originalPath);
    const auto answer = QMessageBox::question(
        parent, MainWindow::tr("Restore unsaved work"),
        MainWindow::tr("Latch did not close normally. Restore the unsaved changes to:\n%1")
            .arg(names.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    int restored = 0;
    for (const RecoveryStore::Entry& entry : entries) {
        if (answer == QMessageBox::Yes) {
            QString error;
            if (Document* document =
                    Document::restore(entry.recoveryFile, entry.originalPath, &error)) {
                (new MainWindow(document))->show();
                ++restored;
            } else {
                QMessageBox::warning(parent, MainWindow::tr("Cannot restore"), error);
            }
        }
        store.discard(entry.key); // restored windows write their own copies from now on
    }
    return restored;
}

QList<MainWindow*> WindowManager::windows()
{
    QList<MainWindow*> found;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* window = qobject_cast<MainWindow*>(widget))
            found.append(window);
    }
    return found;
}

void WindowManager::applyEverywhere(const Preferences& preferences)
{
    preferences.save();
    for (MainWindow* window : windows())
        window->applyPreferences(preferences);
}

} // namespace latch
