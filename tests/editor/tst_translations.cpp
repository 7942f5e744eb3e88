// The languages Latch speaks and the preferences that choose them: the German and French
// translations load and translate the real menus; the preferences round-trip and apply.
#include "Document.h"
#include "Preferences.h"
#include "dialogs/PreferencesDialog.h"
#include "docks/ThreatTableModel.h"
#include "engine/RuleLibraryLoader.h"
#include "language/RuleText.h"
#include "language/Translations.h"
#include "scene/DiagramScene.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace latch;

namespace {

QStringList menuTitles(MainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Translations::install(*qApp, QStringLiteral("en")); }
    void germanMenus();
    void frenchMenus();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void ruleLibraryText_data();
    void ruleLibraryText();
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

void TestTranslations::ruleLibraryText_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << "de";
    QTest::newRow("fr") << "fr";
}

void TestTranslations::ruleLibraryText()
{
    QFETCH(QString, language);
    QCOMPARE(Translations::install(*qApp, language), language);
    RuleLibrary library;
    QString error;
    QVERIFY2(RuleLibraryLoader::loadBuiltin(library, &error), qPrintable(error));
    // Every rule's title and description has a translation that keeps its placeholders.
    const QRegularExpression placeholder(QStringLiteral("\\{[a-z]+\\.[A-Za-z\\[\\]._-]+\\}"));
    auto placeholders = [&](const QString& text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.removeDuplicates(); // a translation may name an element twice
        found.sort();
        return found;
    };
    int translated = 0;
    for (const Rule& rule : library.rules()) {
        for (const QString& text : {rule.title.text(), rule.description.text()}) {
            const QString other = RuleText::translate(text);
            translated += other != text;
            QCOMPARE(placeholders(other), placeholders(text));
        }
    }
    QCOMPARE(translated, 2 * int(library.rules().size()));
    for (const LibraryMitigation& m : library.mitigations())
        QVERIFY2(RuleText::translate(m.title) != m.title, qPrintable(m.title));
    // The register of a real model shows them, rendered for its elements; the file keeps
    // its English text.
    QString openError;
    std::unique_ptr<MainWindow> window(MainWindow::openFile(
        QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/online-banking.tmodel"), &openError));
    QVERIFY(window);
    const Document* document = window->document();
    int shown = 0;
    for (const Threat& t : document->model().threats) {
        if (t.origin != ThreatOrigin::Generated || t.textEdited)
            continue;
        const QString title = RuleText::title(document->threatText(), t);
        QVERIFY2(title != t.title, qPrintable(t.title));
        const Element* element = document->element(t.element);
        if (library.findRule(t.rule)->title.text().contains(QStringLiteral("{element.name}")))
            QVERIFY2(title.contains(element->name), qPrintable(title));
        ++shown;
    }
    QVERIFY(shown > 100);
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
