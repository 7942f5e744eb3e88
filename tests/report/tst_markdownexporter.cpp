// The register as Markdown for a wiki or a pull request: the table and sections a reader
// sees, and text that stays text whatever a title or a description holds.
#include "ModelBuilder.h"
#include "register/ThreatRegister.h"
#include "report/MarkdownExporter.h"

#include <QTest>

using namespace latch;

namespace {

Model model(const QString& title, const QString& description)
{
    test::ModelBuilder b(QStringLiteral("Payments"));
    b.box(ElementKind::Process, QStringLiteral("e-api"), QStringLiteral("Payments API"),
          {0, 0, 120, 80});
    Model m = b.model();
    Threat open;
    open.id = QStringLiteral("t-01");
    open.element = QStringLiteral("e-api");
    open.category = QStringLiteral("information_disclosure");
    open.title = title;
    open.description = description;
    open.dread = DreadScore{9, 9, 9, 9, 9};
    open.references = {QStringLiteral("API1:2023")};
    Threat mitigated = open;
    mitigated.id = QStringLiteral("t-02");
    mitigated.title = QStringLiteral("Tampering with payments");
    mitigated.category = QStringLiteral("tampering");
    mitigated.dread = DreadScore{4, 4, 4, 4, 4};
    mitigated.status = ThreatStatus::Mitigated;
    m.threats << open << mitigated;
    return m;
}

QString markdown(const Model& m)
{
    const ThreatRegister threatRegister(m, RegisterFilter{});
    return QString::fromUtf8(MarkdownExporter::write(m, threatRegister));
}

// Pipes not preceded by a backslash: the cell separators a table renderer sees.
int separators(const QString& line)
{
    int count = 0;
    for (qsizetype i = 0; i < line.size(); ++i)
        count += line.at(i) == QLatin1Char('|') && (i == 0 || line.at(i - 1) != QLatin1Char('\\'));
    return count;
}

} // namespace

class TestMarkdownExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableAndSections();
    void titlesStayText();
    void descriptionsStayParagraphs();
};

void TestMarkdownExporter::tableAndSections()
{
    const QStringList lines = markdown(model(QStringLiteral("Reading another customer's account"),
                                             QStringLiteral("Any signed-in customer can read it.")))
                                  .split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("# Threat register: Payments"));
    QCOMPARE(lines.at(2), QStringLiteral("2 threats, 1 of them open. Risk by DREAD."));
    QCOMPARE(lines.at(4), QStringLiteral("| # | Threat | Element | Category | Risk | Status |"));
    QCOMPARE(lines.at(5), QStringLiteral("|---:|---|---|---|---|---|"));
    QCOMPARE(lines.at(6),
             QStringLiteral("| 1 | Reading another customer's account | 1 Payments API "
                            "| Information disclosure | critical (9.0) | Open |"));
    QCOMPARE(lines.at(7), QStringLiteral("| 2 | Tampering with payments | 1 Payments API "
                                         "| Tampering | medium (4.0) | Mitigated |"));
    const qsizetype section =
        lines.indexOf(QStringLiteral("## 1. Reading another customer's account"));
    QVERIFY(section > 7);
    QCOMPARE(lines.at(section + 2), QStringLiteral("- **Id:** t-01"));
    QCOMPARE(lines.at(section + 3), QStringLiteral("- **Element:** 1 Payments API on Main"));
    QVERIFY(lines.contains(QStringLiteral("- **References:** API1:2023")));
    QVERIFY(lines.contains(QStringLiteral("Any signed-in customer can read it.")));
    QVERIFY(lines.contains(QStringLiteral("## 2. Tampering with payments")));
}

void TestMarkdownExporter::titlesStayText()
{
    const QString text = markdown(model(
        QStringLiteral("Evil | <script>alert(1)</script> **bold** [x](javascript:alert(1)) & `c`"),
        QString()));
    const QString row = text.split(QLatin1Char('\n')).at(6);
    QCOMPARE(row,
             QStringLiteral("| 1 | Evil \\| \\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\* "
                            "\\[x\\](javascript:alert(1)) \\& \\`c\\` | 1 Payments API | "
                            "Information disclosure | critical (9.0) | Open |"));
    QCOMPARE(separators(row), 7); // six cells, whatever the title holds
    QVERIFY(!text.contains(QLatin1String("<script>")));
    // A line break in a title would end the table row.
    const QString broken = markdown(model(QStringLiteral("Line one\nline two"), QString()))
                               .split(QLatin1Char('\n'))
                               .at(6);
    QVERIFY(broken.startsWith(QLatin1String("| 1 | Line one line two |")));
}

void TestMarkdownExporter::descriptionsStayParagraphs()
{
    QCOMPARE(MarkdownExporter::blockText(QStringLiteral("# Not a heading\n- not a list\n"
                                                        "1. not numbered\n> not a quote\n"
                                                        "=== no underline\nplain")),
             QStringLiteral("\\# Not a heading  \n\\- not a list  \n1\\. not numbered  \n"
                            "\\> not a quote  \n\\=== no underline  \nplain"));
    QCOMPARE(MarkdownExporter::inlineText(QStringLiteral("a_b *c* ~d~ !e")),
             QStringLiteral("a\\_b \\*c\\* \\~d\\~ \\!e"));
}

QTEST_GUILESS_MAIN(TestMarkdownExporter)
#include "tst_markdownexporter.moc"
