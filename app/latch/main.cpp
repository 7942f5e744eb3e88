// latch: the desktop editor. Thin on purpose: everything lives in latch_editor.
#include "FileSizeLimit.h"
#include "HugePages.h"
#include "Preferences.h"
#include "language/Translations.h"
#include "window/MainWindow.h"
#include "window/WindowManager.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    latch::HugePages::restartForLargeInput(argc, argv);
    latch::FileSizeLimit::reportOverrunsAsErrors();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Latch"));
    QApplication::setApplicationName(QStringLiteral("Latch"));
    QApplication::setApplicationVersion(QStringLiteral(LATCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.latch.Latch"));
    // The preferences' language, or the system's.
    latch::Translations::install(app, latch::Preferences::load().language);

    int opened = latch::WindowManager::offerRecovery();
    for (const QString& path : QApplication::arguments().mid(1)) {
        QString error;
        if (latch::MainWindow* window = latch::MainWindow::openFile(path, &error)) {
            window->show();
            ++opened;
        } else {
            QMessageBox::critical(nullptr, QObject::tr("Cannot open"), error);
        }
    }
    if (opened == 0)
        (new latch::MainWindow)->show();
    return QApplication::exec();
}
