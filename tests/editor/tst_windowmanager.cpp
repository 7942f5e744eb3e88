// What concerns every window: preferences reach every open window at once, recent files are
// newest first without repeats and at most eight, and a file that cannot be opened opens no
// window.
#include "Document.h"
#include "Preferences.h"
#include "scene/DiagramScene.h"
#include "window/MainWindow.h"
#include "window/WindowManager.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace latch;

class TestWindowManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void preferencesReachEveryWindow();
    void recentFilesNewestFirst();
};

void TestWindowManager::preferencesReachEveryWindow()
{
    auto* first = new MainWindow;
    auto* second = new MainWindow;
    first->show();
    second->show();
    QCOMPARE(WindowManager::windows().size(), 2);
    Preferences preferences = Preferences::load();
    preferences.gridSize = 25;
    preferences.snapToGrid = false;
    WindowManager::applyEverywhere(preferences);
    for (MainWindow* window : {first, second}) {
        QCOMPARE(window->currentScene()->gridSize(), 25);
        QVERIFY(!window->currentScene()->snapToGrid());
    }
    QCOMPARE(Preferences::load().gridSize, 25); // saved for the next window and run
    // A diagram added later gets them too.
    auto* third = new MainWindow;
    QCOMPARE(third->currentScene()->gridSize(), 25);
    delete first;
    delete second;
    delete third;
    preferences.gridSize = 10;
    preferences.snapToGrid = true;
    preferences.save();
}

void TestWindowManager::recentFilesNewestFirst()
{
    QSettings().remove(QStringLiteral("recentFiles"));
    for (int i = 1; i <= 10; ++i)
        WindowManager::addRecentFile(QStringLiteral("/models/m%1.tmodel").arg(i));
    WindowManager::addRecentFile(QStringLiteral("/models/m5.tmodel"));
    const QStringList recent = WindowManager::recentFiles();
    QCOMPARE(recent.size(), 8);
    QCOMPARE(recent.first(), QStringLiteral("/models/m5.tmodel"));
    QCOMPARE(recent.at(1), QStringLiteral("/models/m10.tmodel"));
    QCOMPARE(recent.count(QStringLiteral("/models/m5.tmodel")), 1);
    QVERIFY(!recent.contains(QStringLiteral("/models/m2.tmodel"))); // the oldest went
    // A file that is not there opens nothing and is not remembered.
    QString error;
    QVERIFY(!MainWindow::openFile(QStringLiteral("/models/none.tmodel"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(WindowManager::recentFiles().first(), QStringLiteral("/models/m5.tmodel"));
}

QTEST_MAIN(TestWindowManager)
#include "tst_windowmanager.moc"
