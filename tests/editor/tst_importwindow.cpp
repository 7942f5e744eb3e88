// File > Import in the editor: another tool's model opens in a new window, unsaved, drawn
// where the other tool drew it. Set LATCH_SCREENSHOT_DIR to keep screenshots.
#include "Document.h"
#include "Screenshot.h"
#include "docks/PropertiesDock.h"
#include "interop/ImportSummary.h"
#include "scene/DiagramScene.h"
#include "scene/ElementItem.h"
#include "window/DiagramView.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace latch;
using latch::test::screenshot;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(LATCH_SOURCE_DIR "/tests/fixtures/") + QLatin1String(name);
}

} // namespace

class TestImportWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void importedModelsOpenUnsaved_data();
    void importedModelsOpenUnsaved();
    void refusesWhatItCannotRead();
    void useTmtTemplateAsRuleLibrary();
    void tmtTemplateOnADrawnDiagram();
    void templateTakesOverTheImportedThreats();
    void refusesDeeplyNestedLibrary();
};

void TestImportWindow::importedModelsOpenUnsaved_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("shot");
    QTest::addColumn<QString>("left");  // a shape the original draws left of...
    QTest::addColumn<QString>("right"); // ...this one
    QTest::newRow("tm7") << fixture("tmt/Sample_Threat_Model.tm7") << "import-tm7.png"
                         << "Generic Data Store"
                         << "Generic External Interactor";
    QTest::newRow("threat dragon")
        << fixture("threat-dragon/v2-threat-model.json") << "import-threat-dragon.png"
        << "Browser"
        << "Message Queue";
    QTest::newRow("otm") << fixture("otm/otm-example.json") << "import-otm.png"
                         << "Web Client"
                         << "Customer Database";
}

void TestImportWindow::importedModelsOpenUnsaved()
{
    QFETCH(QString, file);
    QFETCH(QString, shot);
    QFETCH(QString, left);
    QFETCH(QString, right);
    QString error;
    ImportSummary summary;
    std::unique_ptr<MainWindow> window(MainWindow::importFile(file, &error, &summary));
    QVERIFY2(window, qPrintable(error));
    window->resize(1300, 850);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    Document* document = window->document();
    // Unsaved: no file yet, and closing would ask.
    QVERIFY(document->filePath().isEmpty());
    QVERIFY(document->isModified());
    // Every element of the first diagram is on the canvas.
    DiagramScene* scene = window->currentScene();
    const Diagram& diagram = document->model().diagrams.first();
    for (const Element& e : diagram.elements)
        QVERIFY2(scene->itemFor(e.id), qPrintable(e.name));
    QVERIFY(summary.elements.value(ElementKind::Flow) > 0);
    // Laid out as the other tool laid it out.
    const Element* a = nullptr;
    const Element* b = nullptr;
    for (const Element& e : diagram.elements) {
        if (e.name == left)
            a = &e;
        if (e.name == right)
            b = &e;
    }
    QVERIFY(a && b);
    QVERIFY(scene->itemFor(a->id)->sceneBoundingRect().center().x() <
            scene->itemFor(b->id)->sceneBoundingRect().center().x());
    QTest::qWait(50);
    screenshot(window.get(), qPrintable(shot));
}

void TestImportWindow::refusesWhatItCannotRead()
{
    QString error;
    QVERIFY(!MainWindow::importFile(fixture("README.md"), &error));
    QVERIFY(error.contains(QStringLiteral("not a Threat Dragon")));
}

void TestImportWindow::useTmtTemplateAsRuleLibrary()
{
    QString error;
    std::unique_ptr<MainWindow> window(
        MainWindow::importFile(fixture("tmt/Sample_Threat_Model.tm7"), &error));
    QVERIFY2(window, qPrintable(error));
    Document* document = window->document();
    const QVector<Threat> imported = document->model().threats;
    QVERIFY(window->attachLibrary(fixture("tmt/default.tb7"), &error));
    // The template's rules are in force and the register follows: the template's threats
    // (the stored TMT threats, taken over) plus Latch's own.
    QVERIFY(!document->model().embeddedLibrary.isEmpty());
    QVERIFY(document->library().findRule(QStringLiteral("S7.1")));
    int fromTemplate = 0;
    for (const Threat& t : document->model().threats)
        fromTemplate +=
            t.origin == ThreatOrigin::Generated && document->library().findRule(t.rule) &&
            document->library().findRule(t.rule)->library.startsWith(QLatin1String("tmt."));
    QCOMPARE(fromTemplate, 29);
    // One step, undone whole.
    document->undoStack()->undo();
    QVERIFY(document->model().embeddedLibrary.isEmpty());
    QVERIFY(!document->library().findRule(QStringLiteral("S7.1")));
    QCOMPARE(document->model().threats, imported);
    // A file that is no library is refused and changes nothing.
    QVERIFY(!window->attachLibrary(fixture("README.md"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(document->undoStack()->count(), 1);
}

void TestImportWindow::tmtTemplateOnADrawnDiagram()
{
    // A diagram drawn in Latch: its kinds stand for the template's generic stencils, so the
    // template's threats appear, and the panel offers the template's attributes.
    QString error;
    std::unique_ptr<MainWindow> window(MainWindow::openFile(
        QStringLiteral(LATCH_SOURCE_DIR "/resources/examples/online-banking.tmodel"), &error));
    QVERIFY2(window, qPrintable(error));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    Document* document = window->document();
    QVERIFY(window->attachLibrary(fixture("tmt/default.tb7"), &error));
    int fromTemplate = 0;
    for (const Threat& t : document->model().threats) {
        const Rule* rule = document->library().findRule(t.rule);
        fromTemplate += rule && rule->library.startsWith(QLatin1String("tmt.")) && !t.obsolete;
    }
    QCOMPARE(fromTemplate, 87);
    const QString flowId = QStringLiteral("e-01f6f4a63f30"); // SPA -> API gateway, encrypted
    window->currentScene()->selectOnly(flowId);
    PropertiesDock* dock = window->propertiesDock();
    QCOMPARE(dock->elementId(), flowId);
    auto* confidentiality =
        dock->findChild<QComboBox*>(QStringLiteral("property:tmt.providesConfidentiality"));
    QVERIFY(confidentiality);
    QCOMPARE(confidentiality->currentText(), QStringLiteral("Yes"));
    QVERIFY(dock->findChild<QWidget*>(QStringLiteral("property:encrypted")));
    // Choosing "No" there overrides `encrypted` for the template: sniffing (I6) now applies.
    const int index = confidentiality->findText(QStringLiteral("No"));
    confidentiality->setCurrentIndex(index);
    Q_EMIT confidentiality->textActivated(QStringLiteral("No"));
    QCOMPARE(
        document->element(flowId)->properties.value(QStringLiteral("tmt.providesConfidentiality")),
        QVariant(QStringLiteral("No")));
    bool sniffing = false;
    for (const Threat& t : document->model().threats)
        sniffing =
            sniffing || (t.rule == QLatin1String("I6") && t.element == flowId && !t.obsolete);
    QVERIFY(sniffing);
    screenshot(window.get(), "tmt-template-on-drawn-diagram.png");
}

void TestImportWindow::templateTakesOverTheImportedThreats()
{
    // The sample stores 29 threats, every one of a threat type of TMT's default template. Using
    // that template as the library turns them into its threats, as `latch-cli import --rules`
    // does: 29 in all, with what the TMT user decided, and no imported copy left beside them.
    QString error;
    std::unique_ptr<MainWindow> window(
        MainWindow::importFile(fixture("tmt/Sample_Threat_Model.tm7"), &error));
    QVERIFY2(window, qPrintable(error));
    Document* document = window->document();
    QCOMPARE(document->model().threats.size(), 29);
    QMap<QString, int> statusesBefore;
    for (const Threat& t : document->model().threats)
        ++statusesBefore[threatStatusName(t.status)];
    QVERIFY(window->attachLibrary(fixture("tmt/default.tb7"), &error));
    int fromTemplate = 0;
    int manual = 0;
    QMap<QString, int> statusesAfter;
    for (const Threat& t : document->model().threats) {
        const Rule* rule = document->library().findRule(t.rule);
        if (t.origin == ThreatOrigin::Manual) {
            ++manual;
        } else if (rule && rule->library.startsWith(QLatin1String("tmt."))) {
            ++fromTemplate;
            ++statusesAfter[threatStatusName(t.status)];
        }
    }
    QCOMPARE(manual, 0);
    QCOMPARE(fromTemplate, 29);
    QCOMPARE(statusesAfter, statusesBefore);
    // Undone whole: the 29 imported threats are back as they were.
    document->undoStack()->undo();
    QCOMPARE(document->model().threats.size(), 29);
    QVERIFY(document->model().embeddedLibrary.isEmpty());
}

void TestImportWindow::refusesDeeplyNestedLibrary()
{
    // A rule library nests at most 16 levels. One bracket per line: the 17th, on line 17, is
    // the one refused, and the message says where in the chosen file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deep.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("[\n").repeated(40) + QByteArray("]\n").repeated(40));
    file.close();
    std::unique_ptr<MainWindow> window(new MainWindow);
    Document* document = window->document();
    QString error;
    QVERIFY(!window->attachLibrary(path, &error));
    QCOMPARE(error, path + QStringLiteral(":17:1: nested deeper than 16 levels"));
    QCOMPARE(document->undoStack()->count(), 0);
    // Far deeper: refused the same way, without parsing it first.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(1'000'000, '[') + QByteArray(1'000'000, ']'));
    file.close();
    QVERIFY(!window->attachLibrary(path, &error));
    QCOMPARE(error, path + QStringLiteral(":1:17: nested deeper than 16 levels"));
    QCOMPARE(document->undoStack()->count(), 0);
}

QTEST_MAIN(TestImportWindow)
#include "tst_importwindow.moc"
