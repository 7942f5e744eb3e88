// A German workshop hands its auditor a German report: headings, table words, categories and
// the rule library's threat texts follow the language installed, while the CSV, a data file
// that tools read back, stays the same in every language.
#include "ExampleModels.h"
#include "PdfText.h"
#include "TestFiles.h"
#include "language/Translations.h"
#include "report/ExportFile.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace latch;
using latch::test::comparable;
using latch::test::loadExample;
using latch::test::pdfText;
using latch::test::readAll;

namespace {

// Exports `model` to `name` in the temporary directory; empty on failure.
QString exported(const Model& model, const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    ExportFile::Request request;
    request.options.date = QDate(2026, 12, 3);
    QString error;
    if (!ExportFile::save(model, path, request, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

} // namespace

class TestReportLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void germanPdf();
    void frenchPdf();
    void germanHtml();
    void csvStaysTheSame();
    void englishAgainAfterSwitchingBack();
};

void TestReportLanguage::cleanup()
{
    Translations::install(*qApp, QStringLiteral("en"));
}

void TestReportLanguage::germanPdf()
{
    const Model model = loadExample("online-banking.tmodel");
    QVERIFY(!model.threats.isEmpty());
    QCOMPARE(Translations::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    QTemporaryDir dir;
    const QString pdf = exported(model, dir, QStringLiteral("bericht.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    const QString flat = comparable(text);

    // Section headings and the contents (each diagram has its own section).
    for (const char* heading : {"Inhalt", "Zusammenfassung", "Diagramm:", "Bedrohungsregister",
                                "Gegenmaßnahmen", "Anhang:Elemente"})
        QVERIFY2(flat.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(flat.contains(QStringLiteral("Bedrohungsmodell:")));
    QVERIFY(flat.contains(QStringLiteral("Datum2026-12-03")));
    // Every page's footer, in German, with the real page count.
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.size() > 3);
    const QString lastFooter =
        QStringLiteral("Seite %1 von %1").arg(pages.size()).remove(QLatin1Char(' '));
    QVERIFY2(comparable(pages.last()).contains(lastFooter), qPrintable(lastFooter));
    // Table words and STRIDE categories.
    QVERIFY(flat.contains(QStringLiteral("Risiko")));
    QVERIFY(flat.contains(QStringLiteral("Manipulation")));
    QVERIFY(flat.contains(QStringLiteral("OffenlegungvonInformationen")));
    QVERIFY(flat.contains(QStringLiteral("Rechteausweitung")));
    // A generated threat's title and description come from the German rule library.
    QVERIFY(flat.contains(QStringLiteral("SpoofingvonCustomer")));
    QVERIFY(flat.contains(QStringLiteral("EinAngreifergibtsichalsCustomeraus")));
    // And none of the English words are left.
    for (const char* english : {"Threatregister", "Appendix:elements", "Contents", "Page1of",
                                "SpoofingofCustomer", "AnattackerpretendstobeCustomer"})
        QVERIFY2(!flat.contains(QString::fromUtf8(english)), english);
}

void TestReportLanguage::frenchPdf()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
    QTemporaryDir dir;
    const QString pdf =
        exported(loadExample("online-banking.tmodel"), dir, QStringLiteral("rapport.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString flat = comparable(pdfText(pdf));
    QVERIFY(flat.contains(QStringLiteral("Registredesmenaces")));
    QVERIFY(flat.contains(QStringLiteral("Sommaire")));
    QVERIFY(flat.contains(QStringLiteral("Usurpationd'identité")));
    QVERIFY(flat.contains(QStringLiteral("Page1sur")));
    QVERIFY(!flat.contains(QStringLiteral("Threatregister")));
}

void TestReportLanguage::germanHtml()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    QTemporaryDir dir;
    const QString path =
        exported(loadExample("online-banking.tmodel"), dir, QStringLiteral("bericht.html"));
    QVERIFY(!path.isEmpty());
    const QString html = QString::fromUtf8(readAll(path));
    // Screen readers and hyphenation go by the document's language.
    QVERIFY(html.contains(QStringLiteral("<html lang=\"de\"")));
    QVERIFY(html.contains(QStringLiteral(">Bedrohungsregister</h2>")));
    QVERIFY(html.contains(QStringLiteral(">Diagramme</h2>")));
    QVERIFY(html.contains(QStringLiteral("Erstellt mit Latch am 2026-12-03.")));
    QVERIFY(html.contains(QStringLiteral("Spoofing von Customer")));
    QVERIFY(!html.contains(QStringLiteral(">Threat register</h2>")));
}

void TestReportLanguage::csvStaysTheSame()
{
    const Model model = loadExample("online-banking.tmodel");
    QTemporaryDir dir;
    const QByteArray english = readAll(exported(model, dir, QStringLiteral("en.csv")));
    QVERIFY(english.startsWith("id,"));
    QCOMPARE(Translations::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    const QByteArray german = readAll(exported(model, dir, QStringLiteral("de.csv")));
    QCOMPARE(german, english);
}

void TestReportLanguage::englishAgainAfterSwitchingBack()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(Translations::current(), QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path =
        exported(loadExample("online-banking.tmodel"), dir, QStringLiteral("report.html"));
    const QString html = QString::fromUtf8(readAll(path));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"en\"")));
    QVERIFY(html.contains(QStringLiteral(">Threat register</h2>")));
    QVERIFY(html.contains(QStringLiteral("Spoofing of Customer")));
    QVERIFY(!html.contains(QStringLiteral("Bedrohungsregister")));
}

QTEST_MAIN(TestReportLanguage)
#include "tst_reportlanguage.moc"
