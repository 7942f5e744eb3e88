// The exports an auditor receives: the PDF's text (through pdftotext, as a reader would copy
// it), the CSV parsed back into the register, the SVG as XML, the HTML's escaping.
#include "CsvText.h"
#include "ExampleModels.h"
#include "ModelBuilder.h"
#include "PdfText.h"
#include "register/ThreatRegister.h"
#include "report/CsvExporter.h"
#include "report/DiagramExporter.h"
#include "report/ExportFile.h"
#include "report/HtmlReport.h"
#include "report/ReportSections.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace latch;
using latch::test::comparable;
using latch::test::loadExample;
using latch::test::parseCsv;
using latch::test::pdfText;

namespace {

// A register row may break across a page, as in a word processor: then its title starts at the
// foot of one page and goes on at the top of the next. `pages` are comparable() pages of
// pdfText (pdftotext ends each page with a form feed).
bool hasTitle(const QStringList& pages, const QString& title)
{
    for (qsizetype page = 0; page < pages.size(); ++page) {
        if (pages.at(page).contains(title))
            return true;
        if (page + 1 == pages.size())
            break;
        for (qsizetype split = 1; split < title.size(); ++split) {
            if (pages.at(page).contains(title.left(split)) &&
                pages.at(page + 1).contains(title.mid(split)) &&
                pages.at(page).lastIndexOf(title.left(split)) >
                    pages.at(page).size() - 400 - split &&
                pages.at(page + 1).indexOf(title.mid(split)) < 400)
                return true;
        }
    }
    return false;
}

// The documented way back from a neutralised cell: drop one leading apostrophe.
QString unneutralised(const QString& cell)
{
    return cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : cell;
}

Model trickyModel()
{
    test::ModelBuilder b(QStringLiteral("Tricky <model> & \"quotes\""));
    b.box(ElementKind::Process, QStringLiteral("e-api"), QStringLiteral("API <v2> & \"edge\""),
          {0, 0, 100, 100})
        .box(ElementKind::Store, QStringLiteral("e-db"), QStringLiteral("Ledger, main"),
             {300, 0, 140, 60})
        .flow(QStringLiteral("e-f"), QStringLiteral("e-api"), QStringLiteral("e-db"), {},
              QStringLiteral("Write <entry>"));
    Model model = b.model();
    const QString titles[] = {QStringLiteral("Commas, in a title"),
                              QStringLiteral("Quotes \"inside\" it"),
                              QStringLiteral("Line one\nline two"),
                              QStringLiteral("=HYPERLINK(\"http://x\")"),
                              QStringLiteral("+1 234"),
                              QStringLiteral("-2 dollars"),
                              QStringLiteral("@SUM(A1:A9)"),
                              QStringLiteral("\tTabbed"),
                              QStringLiteral("\rCarriage"),
                              QStringLiteral("'Already quoted"),
                              QStringLiteral("Ünïcödé ✓ 日本語")};
    int n = 0;
    for (const QString& title : titles) {
        Threat t;
        t.id = QStringLiteral("t-%1").arg(n, 2, 10, QLatin1Char('0'));
        t.element = n % 2 ? QStringLiteral("e-api") : QStringLiteral("e-db");
        t.category = QStringLiteral("tampering");
        t.title = title;
        t.description = QStringLiteral("Why, \"exactly\":\n=1+1");
        t.justification = n % 3 ? QString() : QStringLiteral("-accepted by the CISO");
        if (n % 2)
            t.dread = DreadScore{n % 10 + 1, 2, 3, 4, 5};
        t.status = n % 4 ? ThreatStatus::Open : ThreatStatus::Mitigated;
        model.threats.append(t);
        ++n;
    }
    return model;
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pdfHasEveryOpenThreatTitle();
    void pdfOptions();
    void summaryListsCategoriesByFramework();
    void csvParsesBackIntoTheRegister();
    void csvNeutralisesFormulas();
    void csvNeutralisesFormulasAfterSpacesAndFullWidthSigns();
    void csvDescribesGeneratedThreats();
    void csvListsRepeatsWithTheThreatShown();
    void svgIsWellFormedWithEveryName();
    void pngFollowsScale();
    void htmlIsEscapedAndSelfContained();
    void failedExportWritesNothing();
};

void TestExports::pdfHasEveryOpenThreatTitle()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: scripts/install-deps installs poppler-utils");
    const Model model = loadExample("online-banking.tmodel");
    QVERIFY(!model.threats.isEmpty());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("banking.pdf"));
    ExportFile::Request request;
    request.options.date = QDate(2026, 11, 23);
    QString error;
    QVERIFY2(ExportFile::save(model, pdf, request, &error), qPrintable(error));
    QVERIFY(QFile(pdf).size() > 10'000);

    const QString text = pdfText(pdf);
    const QString flat = comparable(text);
    QStringList flatPages;
    for (const QString& page : text.split(QLatin1Char('\f')))
        flatPages << comparable(page);
    int open = 0;
    for (const Threat& t : model.threats) {
        if (t.obsolete || ThreatRegister::isClosed(t.status))
            continue;
        ++open;
        // A repeat is listed with the threat shown in its place, title and element.
        QVERIFY2(hasTitle(flatPages, comparable(t.title)), qPrintable(t.title));
    }
    QVERIFY(open > 100);
    // A generated threat's description, which the rule renders (the file does not store it).
    QVERIFY(
        flat.contains(comparable(QStringLiteral("An attacker pretends to be Customer, for "
                                                "instance with stolen or guessed credentials"))));
    // Cover facts, every diagram, the catalog and the appendix are there.
    QVERIFY(flat.contains(comparable(model.title)));
    QVERIFY(flat.contains(comparable(model.owner)));
    QVERIFY(flat.contains(QStringLiteral("PCIDSS")));
    for (const Diagram& d : model.diagrams)
        QVERIFY(flat.contains(comparable(d.name)));
    for (const Mitigation& m : model.mitigations)
        QVERIFY2(flat.contains(comparable(m.title)), qPrintable(m.title));
    QVERIFY(flat.contains(QStringLiteral("Appendix:elements")));

    // Page numbers: "Page N of M" on every page, and M is the real page count.
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    const QRegularExpression footer(QStringLiteral("Page (\\d+) of (\\d+)"));
    const auto last = footer.match(pages.last());
    QVERIFY(last.hasMatch());
    QCOMPARE(last.captured(1), last.captured(2));
    QCOMPARE(last.captured(2).toInt(), pages.size());
    // The contents give the register's page, and that page starts the register.
    const auto contents =
        QRegularExpression(QStringLiteral("Threat register\\s+(\\d+)")).match(pages.at(1));
    QVERIFY(contents.hasMatch());
    const int registerPage = contents.captured(1).toInt();
    QVERIFY(pages.at(registerPage - 1).contains(QStringLiteral("Risk")));
    QVERIFY(comparable(pages.at(registerPage - 1)).contains(QStringLiteral("Threatregister")));
}

void TestExports::summaryListsCategoriesByFramework()
{
    // The fitness platform uses STRIDE, LINDDUN and CIA: the summary lists STRIDE's six, then
    // LINDDUN's seven and CIA's three in the frameworks' own order.
    const Model model = loadExample("fitness-platform.tmodel");
    const ReportOptions options;
    const ThreatRegister threatRegister(model, options);
    const QStringList expected = {
        QStringLiteral("spoofing"),          QStringLiteral("tampering"),
        QStringLiteral("repudiation"),       QStringLiteral("information_disclosure"),
        QStringLiteral("denial_of_service"), QStringLiteral("elevation_of_privilege"),
        QStringLiteral("linking"),           QStringLiteral("identifying"),
        QStringLiteral("non_repudiation"),   QStringLiteral("detecting"),
        QStringLiteral("data_disclosure"),   QStringLiteral("unawareness"),
        QStringLiteral("non_compliance"),    QStringLiteral("confidentiality"),
        QStringLiteral("integrity"),         QStringLiteral("availability")};
    QCOMPARE(ReportSections(model, threatRegister, options).counts().categories, expected);
}

void TestExports::pdfOptions()
{
    const Model model = loadExample("online-banking.tmodel");
    QTemporaryDir dir;
    ExportFile::Request request;
    request.options.includeClosed = false;
    request.options.pageSize = QPageSize::Letter;
    const QString pdf = dir.filePath(QStringLiteral("open.pdf"));
    QString error;
    QVERIFY2(ExportFile::save(model, pdf, request, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // US Letter in points.
    const QString bytes = QString::fromLatin1(file.readAll());
    QVERIFY(bytes.contains(
        QRegularExpression(QStringLiteral("/MediaBox \\[0 0 612(\\.0+)? 792(\\.0+)?\\]"))));
    QVERIFY(!bytes.contains(QStringLiteral("/MediaBox [0 0 595")));
    // A title only a closed threat has is left out.
    const QString flat = comparable(pdfText(pdf));
    int closedChecked = 0;
    for (const Threat& t : model.threats) {
        if (!ThreatRegister::isClosed(t.status) || t.obsolete)
            continue;
        const bool sharedWithOpen =
            std::any_of(model.threats.cbegin(), model.threats.cend(), [&](const Threat& other) {
                return other.title == t.title && !ThreatRegister::isClosed(other.status);
            });
        if (!sharedWithOpen) {
            QVERIFY2(!flat.contains(comparable(t.title)), qPrintable(t.title));
            ++closedChecked;
        }
    }
    QVERIFY(closedChecked > 0);
}

void TestExports::csvParsesBackIntoTheRegister()
{
    const Model model = trickyModel();
    ReportOptions options;
    const QByteArray bytes = CsvExporter::write(model, options);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no byte-order mark
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(rows.first(), CsvExporter::columns());
    const ThreatRegister threatRegister(model, options);
    QCOMPARE(rows.size() - 1, threatRegister.entries().size());
    const QStringList columns = CsvExporter::columns();
    auto column = [&](const char* name) { return int(columns.indexOf(QLatin1String(name))); };
    for (int i = 0; i < threatRegister.entries().size(); ++i) {
        const QStringList& row = rows.at(i + 1);
        QCOMPARE(row.size(), columns.size());
        const RegisterEntry& entry = threatRegister.entries().at(i);
        const Threat& t = *entry.threat;
        QCOMPARE(row.at(column("id")), t.id);
        QCOMPARE(unneutralised(row.at(column("title"))), t.title);
        QCOMPARE(unneutralised(row.at(column("description"))), t.description);
        QCOMPARE(unneutralised(row.at(column("justification"))), t.justification);
        QCOMPARE(row.at(column("element")), entry.elementName);
        QCOMPARE(row.at(column("status")), threatStatusName(t.status));
        QCOMPARE(row.at(column("risk_band")), RiskScoring::bandName(entry.band));
        if (t.dread) {
            QCOMPARE(row.at(column("damage")).toInt(), t.dread->damage);
            QCOMPARE(row.at(column("discoverability")).toInt(), t.dread->discoverability);
            QCOMPARE(row.at(column("dread_score")).toDouble(), t.dread->composite());
        } else {
            QVERIFY(row.at(column("damage")).isEmpty());
            QVERIFY(row.at(column("dread_score")).isEmpty());
        }
    }
}

void TestExports::csvListsRepeatsWithTheThreatShown()
{
    // The banking example's team wrote its BOLA threat; the rule's two hops repeat it.
    const Model model = loadExample("online-banking.tmodel");
    const QVector<QStringList> rows = parseCsv(QString::fromUtf8(CsvExporter::write(model, {})));
    const QStringList columns = CsvExporter::columns();
    auto cell = [&](const QStringList& row, const char* name) {
        return row.at(columns.indexOf(QLatin1String(name)));
    };
    int live = 0;
    for (const Threat& t : model.threats)
        live += !t.obsolete;
    QCOMPARE(rows.size() - 1, live - 6); // six repeats, each listed once with its threat
    bool found = false;
    for (const QStringList& row : rows) {
        if (cell(row, "id") != QLatin1String("t-d515eae2f545"))
            continue;
        found = true;
        QCOMPARE(cell(row, "path"),
                 QStringLiteral("Single-page web app (SPA) → API gateway → Account service"));
        QCOMPARE(cell(row, "repeats"),
                 QStringLiteral("Broken object level authorization on GET /accounts/{accountId} "
                                "[GET /accounts/{accountId}]; Broken object level authorization "
                                "on GET /accounts/{accountId} [GET /accounts/{accountId}]"));
    }
    QVERIFY(found);
    ReportOptions all;
    all.includeRepeats = true;
    QCOMPARE(parseCsv(QString::fromUtf8(CsvExporter::write(model, all))).size() - 1, live);
}

void TestExports::csvNeutralisesFormulas()
{
    for (const char* risky : {"=1+1", "+1", "-1", "@A1", "\tx", "\rx", "'x"})
        QVERIFY2(CsvExporter::textCell(QString::fromUtf8(risky))
                     .remove(QLatin1Char('"'))
                     .startsWith(QLatin1Char('\'')),
                 risky);
    QCOMPARE(CsvExporter::textCell(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(CsvExporter::textCell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvExporter::textCell(QStringLiteral("say \"hi\"")),
             QStringLiteral("\"say \"\"hi\"\"\""));
    // No cell of the tricky register starts with a formula character once parsed.
    const QVector<QStringList> rows =
        parseCsv(QString::fromUtf8(CsvExporter::write(trickyModel())));
    for (const QStringList& row : rows) {
        for (const QString& cell : row)
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)),
                     qPrintable(cell));
    }
}

void TestExports::csvNeutralisesFormulasAfterSpacesAndFullWidthSigns()
{
    // LibreOffice's CSV import may trim leading spaces and then evaluate the formula; Excel and
    // others read the full-width signs as their ASCII counterparts.
    const QStringList risky = {QStringLiteral(" =1+1"),
                               QStringLiteral("   +1"),
                               QStringLiteral("\t -1"),
                               QStringLiteral("\u00a0@A1"),
                               QStringLiteral(" \u00a0 =HYPERLINK(\"x\")"),
                               QStringLiteral("\uff1d1+1"),
                               QStringLiteral("\uff0b1"),
                               QStringLiteral("\uff0d1"),
                               QStringLiteral("\uff20A1"),
                               QStringLiteral("  \uff1d1+1"),
                               QStringLiteral("\u3000=1+1")};
    for (const QString& text : risky) {
        const QVector<QStringList> rows =
            parseCsv(CsvExporter::textCell(text) + QStringLiteral("\r\n"));
        QCOMPARE(rows.size(), 1);
        const QString cell = rows.first().first();
        QVERIFY2(cell.startsWith(QLatin1Char('\'')), qPrintable(cell));
        // Stripping one leading apostrophe gives the text back.
        QCOMPARE(unneutralised(cell), text);
    }
    // Spaces before ordinary text, and signs inside the text, are left alone.
    for (const QString& text :
         {QStringLiteral(" plain"), QStringLiteral("\u00a0x"), QStringLiteral("a = b"),
          QStringLiteral("1 \uff0b 1"), QStringLiteral("   ")})
        QCOMPARE(CsvExporter::textCell(text), text);
}

void TestExports::csvDescribesGeneratedThreats()
{
    const Model model = loadExample("online-banking.tmodel");
    const QVector<QStringList> rows =
        parseCsv(QString::fromUtf8(CsvExporter::write(model, ReportOptions())));
    const QStringList columns = CsvExporter::columns();
    const auto title = columns.indexOf(QLatin1String("title"));
    const auto description = columns.indexOf(QLatin1String("description"));
    int described = 0;
    for (const QStringList& row : rows.mid(1)) {
        QVERIFY2(row.at(description).size() > 40, qPrintable(row.at(title)));
        if (row.at(title) == QLatin1String("Spoofing of Customer")) {
            QVERIFY(row.at(description)
                        .startsWith(
                            QLatin1String("An attacker pretends to be Customer, for instance")));
            ++described;
        }
    }
    QCOMPARE(described, 1);
}

void TestExports::svgIsWellFormedWithEveryName()
{
    for (const Model& model : {loadExample("online-banking.tmodel"), trickyModel()}) {
        const Diagram& diagram = model.diagrams.first();
        const QByteArray svg = DiagramExporter::svg(diagram);
        QXmlStreamReader xml(svg);
        QString text;
        bool sawSvg = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
                sawSvg = true;
            if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);
        const QString flat = comparable(text);
        for (const Element& e : diagram.elements) {
            if (!e.name.isEmpty())
                QVERIFY2(flat.contains(comparable(e.name)), qPrintable(e.name));
        }
    }
}

void TestExports::pngFollowsScale()
{
    const Model model = loadExample("online-banking.tmodel");
    const QImage one = DiagramExporter::image(model.diagrams.first(), 1);
    const QImage two = DiagramExporter::image(model.diagrams.first(), 2);
    QVERIFY(!one.isNull());
    QVERIFY(qAbs(two.width() - 2 * one.width()) <= 1);
    QVERIFY(qAbs(two.height() - 2 * one.height()) <= 1);
    // Not blank: the diagram's outline colour is on it.
    int dark = 0;
    for (int y = 0; y < one.height(); y += 4) {
        for (int x = 0; x < one.width(); x += 4)
            dark += qGray(one.pixel(x, y)) < 100;
    }
    QVERIFY(dark > 50);
}

void TestExports::htmlIsEscapedAndSelfContained()
{
    Model model = trickyModel();
    model.title = QStringLiteral("<script>alert(1)</script>");
    model.threats.first().title = QStringLiteral("<img src=x onerror=alert(2)>");
    ReportOptions options;
    options.includeClosed = true;
    const QString html = QString::fromUtf8(HtmlReport::write(model, options));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(2)&gt;")));
    QVERIFY(html.contains(QStringLiteral("API &lt;v2&gt; &amp; &quot;edge&quot;")));
    // Self-contained: the diagrams are inline, nothing is fetched.
    QVERIFY(html.contains(QStringLiteral("<svg")));
    QVERIFY(!html.contains(QStringLiteral("src=\"")));
    QVERIFY(!html.contains(QStringLiteral("<link")));
}

void TestExports::failedExportWritesNothing()
{
    const Model model = loadExample("online-banking.tmodel");
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("diagram.svg"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    ExportFile::Request request;
    request.diagram = QStringLiteral("No such diagram");
    QString error;
    QVERIFY(!ExportFile::save(model, existing, request, &error));
    QVERIFY2(error.startsWith(existing + QStringLiteral(": ")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("No such diagram")));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old"));
    QVERIFY(!ExportFile::save(model, dir.filePath(QStringLiteral("x.docx")), {}, &error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.docx"))));
    QVERIFY(!ExportFile::save(model, dir.filePath(QStringLiteral("missing/x.csv")), {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
