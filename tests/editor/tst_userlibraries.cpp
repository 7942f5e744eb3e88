// Broken rule libraries in the user's rules folder: the editor says so, and keeps the threats
// their rules gave. A suite of its own because the folder is read once per process; HOME points
// at a folder of the test's own, so no other suite sees the broken file.
#include "Document.h"
#include "ModelBuilder.h"
#include "commands/MoveElementsCommand.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace latch;

class TestUserLibraries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsBrokenUserLibraries();
    void keepsTheirThreats();

private:
    QTemporaryDir m_home;
    QString m_broken;
};

void TestUserLibraries::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = RuleLibraryLoader::userFolder();
    QVERIFY2(folder.startsWith(m_home.path()), qPrintable(folder));
    QVERIFY(QDir().mkpath(folder));
    // A library of the team's that a typo broke: not JSON any more.
    m_broken = folder + QStringLiteral("/acme.json");
    QFile file(m_broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "latch.rules", "version": 1, "id": "acme", "rules": [)");
    file.close();
}

void TestUserLibraries::reportsBrokenUserLibraries()
{
    auto window = std::make_unique<MainWindow>();
    QVERIFY(window->document()->libraryErrors().join(QLatin1Char('\n')).contains(m_broken));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QMessageBox* message = nullptr;
    QTRY_VERIFY((message = window->findChild<QMessageBox*>(QStringLiteral("libraryErrors"))) &&
                message->isVisible());
    QVERIFY2(message->informativeText().contains(m_broken), qPrintable(message->informativeText()));
    message->accept();
    auto* warning = window->statusBar()->findChild<QLabel*>(QStringLiteral("libraryWarning"));
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("could not be loaded")),
             qPrintable(warning->text()));
    QVERIFY(warning->toolTip().contains(m_broken));
}

void TestUserLibraries::keepsTheirThreats()
{
    // The register holds a threat that acme's rule gave the API, triaged by the team.
    test::ModelBuilder b;
    b.box(ElementKind::Process, QStringLiteral("p"), QStringLiteral("API"), {0, 0, 100, 100});
    Model model = b.model();
    Threat threat;
    threat.id = ThreatGenerator::threatIdFor(QStringLiteral("ACME-1"), QStringLiteral("p"));
    threat.rule = QStringLiteral("ACME-1");
    threat.element = QStringLiteral("p");
    threat.category = QStringLiteral("spoofing");
    threat.title = QStringLiteral("API belongs to ACME");
    threat.origin = ThreatOrigin::Generated;
    threat.status = ThreatStatus::Accepted;
    model.threats.append(threat);
    Document document(model);
    QVERIFY(!document.libraryErrors().isEmpty());
    document.undoStack()->push(new MoveElementsCommand(&document, {QStringLiteral("p")}, 5, 5));
    const Threat* kept = document.threat(threat.id);
    QVERIFY(kept);
    QVERIFY(!kept->obsolete);
    QCOMPARE(kept->status, ThreatStatus::Accepted);
}

QTEST_MAIN(TestUserLibraries)
#include "tst_userlibraries.moc"
