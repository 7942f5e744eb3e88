// The languages Latch speaks and the preferences that choose them: the German and French
// translations load and translate the real menus; the preferences round-trip and apply.
#include "Document.h"
#include "Preferences.h"
#include "Translations.h"
#include "dialogs/PreferencesDialog.h"
#include "scene/DiagramScene.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMenuBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace latch;

namespace {

QStringList menuTitles(MainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

void removeTranslators()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { removeTranslators(); }
    void germanMenus();
    void frenchMenus();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void unknownLanguageFallsBackToEnglish();
    void preferencesRoundTripAndApply();
};

void TestTranslations::germanMenus()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    MainWindow window;
    const QStringList titles = menuTitles(window);
    QCOMPARE(titles.first(), QStringLiteral("&Datei"));
    QVERIFY(titles.contains(QStringLiteral("&Bearbeiten")));
    QCOMPARE(QCoreApplication::translate("latch::DisplayNames", "Mitigated"),
             QStringLiteral("Gemindert"));
}

void TestTranslations::frenchMenus()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
    MainWindow window;
    QCOMPARE(menuTitles(window).first(), QStringLiteral("&Fichier"));
    QCOMPARE(QCoreApplication::translate("latch::DisplayNames", "Spoofing"),
             QStringLiteral("Usurpation d'identité"));
}

void TestTranslations::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << "de";
    QTest::newRow("fr") << "fr";
}

void TestTranslations::everyStringIsTranslated()
{
    // Every menu entry of a real window, English and then translated: an entry left
    // untranslated would read the same (a few words are the same in both languages).
    QFETCH(QString, language);
    auto entries = [] {
        MainWindow window;
        QStringList texts;
        for (QAction* menu : window.menuBar()->actions()) {
            texts << menu->text();
            for (QAction* action : menu->menu()->actions()) {
                if (!action->isSeparator())
                    texts << action->text();
            }
        }
        return texts;
    };
    const QStringList english = entries();
    QCOMPARE(Translations::install(*qApp, language), language);
    const QStringList translated = entries();
    QCOMPARE(translated.size(), english.size());
    const QStringList same = {QStringLiteral("&Status"), QStringLiteral("&Import…"),
                              QStringLiteral("&Export…")};
    int differ = 0;
    for (int i = 0; i < english.size(); ++i) {
        if (english.at(i).isEmpty() || same.contains(english.at(i)))
            continue;
        QVERIFY2(translated.at(i) != english.at(i), qPrintable(english.at(i)));
        ++differ;
    }
    QVERIFY(differ > 30);
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("xx")), QStringLiteral("en"));
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    MainWindow window;
    QCOMPARE(menuTitles(window).first(), QStringLiteral("&File"));
    QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
}

void TestTranslations::preferencesRoundTripAndApply()
{
    Preferences preferences;
    preferences.language = QStringLiteral("fr");
    preferences.gridSize = 20;
    preferences.snapToGrid = false;
    preferences.autosaveSeconds = 0;
    preferences.riskMethod = RiskMethod::Matrix;
    preferences.pageSize = QPageSize::Letter;
    preferences.openOnly = true;
    // The dialog shows them and gives them back, edited.
    PreferencesDialog dialog(preferences);
    auto* grid = dialog.findChild<QSpinBox*>(QStringLiteral("gridSize"));
    QCOMPARE(grid->value(), 20);
    grid->setValue(25);
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("fr"));
    const Preferences edited = dialog.preferences();
    QCOMPARE(edited.gridSize, 25);
    QCOMPARE(edited.riskMethod, RiskMethod::Matrix);
    QVERIFY(!edited.snapToGrid);
    edited.save();
    const Preferences loaded = Preferences::load();
    QCOMPARE(loaded.language, QStringLiteral("fr"));
    QCOMPARE(loaded.gridSize, 25);
    QCOMPARE(loaded.autosaveSeconds, 0);
    QCOMPARE(loaded.pageSize, QPageSize::Letter);
    QVERIFY(loaded.openOnly);
    QVERIFY(!loaded.reportOptions().includeClosed);
    // New windows start from them: a new model rates risk as the preferences say, and the
    // canvas snaps to the preferred grid (or not at all).
    MainWindow window;
    QCOMPARE(window.document()->model().riskMethod, RiskMethod::Matrix);
    QCOMPARE(window.currentScene()->gridSize(), 25);
    QVERIFY(!window.currentScene()->snapToGrid());
    QCOMPARE(window.currentScene()->snapPoint(QPointF(12, 13)), QPointF(12, 13));
    Preferences snapping = loaded;
    snapping.snapToGrid = true;
    window.applyPreferences(snapping);
    QCOMPARE(window.currentScene()->snapPoint(QPointF(12, 13)), QPointF(0, 25));
    Preferences().save(); // back to the defaults for other tests
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
