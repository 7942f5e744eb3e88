#include "ExchangeDialogs.h"

#include "MainWindow.h"
#include "dialogs/ExportDialog.h"
#include "interop/ImportSummary.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace latch {

void ExchangeDialogs::importModel(MainWindow* parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, MainWindow::tr("Import a model"), QString(),
        MainWindow::tr("Models of other tools (*.json *.tm7);;Threat Dragon (*.json);;Microsoft "
                       "Threat Modeling Tool (*.tm7);;Open Threat Model (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    ImportSummary summary;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    MainWindow* window = MainWindow::importFile(path, &error, &summary);
    QApplication::restoreOverrideCursor();
    if (!window) {
        QMessageBox::critical(parent, MainWindow::tr("Cannot import"), error);
        return;
    }
    window->show();
    // What came in, and what could not, before the team relies on it.
    QMessageBox box(QMessageBox::Information, MainWindow::tr("Imported"),
                    MainWindow::tr("%1 (%2):\n%3")
                        .arg(QFileInfo(path).fileName(), summary.format, summary.countsText()),
                    QMessageBox::Ok, window);
    if (!summary.warnings.isEmpty()) {
        box.setInformativeText(MainWindow::tr("%n thing(s) could not be taken over as they "
                                              "were; see the details.",
                                              nullptr, int(summary.warnings.size())));
        box.setDetailedText(summary.warnings.join(QLatin1Char('\n')));
    }
    box.exec();
}

void ExchangeDialogs::useRuleLibrary(MainWindow* window)
{
    const QString path = QFileDialog::getOpenFileName(
        window, MainWindow::tr("Use a rule library"), QString(),
        MainWindow::tr("Rule libraries (*.json *.tb7 *.tm7);;Latch rule libraries "
                       "(*.json);;Threat Modeling Tool templates (*.tb7 *.tm7)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!window->attachLibrary(path, &error))
        QMessageBox::critical(window, MainWindow::tr("Cannot use this library"), error);
}

void ExchangeDialogs::exportModel(MainWindow* window)
{
    DiagramScene* scene = window->currentScene();
    ExportDialog dialog(window->document(), scene ? scene->diagramId() : QString(), window);
    dialog.exec();
}

} // namespace latch
