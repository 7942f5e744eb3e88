// Microsoft TMT templates run by Latch's engine: the filter language translated, a .tb7 turned
// into a rule library, and the threats TMT stored in real .tm7 files reproduced.
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "interop/ModelImporter.h"
#include "interop/RuleLibraryFile.h"
#include "interop/Tb7Reader.h"
#include "interop/TmtFilterTranslator.h"
#include "interop/TmtParity.h"

#include <QFile>
#include <QTest>

using namespace latch;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(LATCH_SOURCE_DIR "/tests/fixtures/tmt/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TmtFilterTranslator translator()
{
    return TmtFilterTranslator(
        {QStringLiteral("GE.P"), QStringLiteral("GE.DS"), QStringLiteral("GE.TB.B"),
         QStringLiteral("SE.DF.TMCore.HTTPS")},
        {QStringLiteral("codeType"), QStringLiteral("isolation")},
        {QStringLiteral("codeType"), QStringLiteral("54851a3b-65da-4902-b4e0-94ef015be735")});
}

// A template of one threat type with the given filters, for the refusal tests.
QByteArray tinyTemplate(const QString& include, const QString& exclude)
{
    return QStringLiteral("<KnowledgeBase><Manifest name=\"Tiny\" id=\"tiny\"/>"
                          "<GenericElements><ElementType><Name>Process</Name><ID>GE.P</ID>"
                          "<ParentElement>ROOT</ParentElement><Representation>Ellipse"
                          "</Representation></ElementType><ElementType><Name>Flow</Name>"
                          "<ID>GE.DF</ID><ParentElement>ROOT</ParentElement><Representation>Line"
                          "</Representation></ElementType></GenericElements>"
                          "<ThreatCategories><ThreatCategory><Name>Abuse</Name><Id>A</Id>"
                          "</ThreatCategory></ThreatCategories><ThreatTypes><ThreatType>"
                          "<GenerationFilters><Include>%1</Include><Exclude>%2</Exclude>"
                          "</GenerationFilters><Id>X1</Id><ShortTitle>Abuse of {target.Name}"
                          "</ShortTitle><Category>A</Category><Description>d</Description>"
                          "</ThreatType></ThreatTypes></KnowledgeBase>")
        .arg(include.toHtmlEscaped(), exclude.toHtmlEscaped())
        .toUtf8();
}

} // namespace

class TestTmtTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translatesFilters_data();
    void translatesFilters();
    void refusesWhatItCannotTranslate_data();
    void refusesWhatItCannotTranslate();
    void defaultTemplateBecomesALibrary();
    void untranslatableThreatTypeIsReportedById();
    void parityWithTheFixtures_data();
    void parityWithTheFixtures();
    void parityNoticesADifference();
    void attachedTemplateKeepsTmtThreats();
};

void TestTmtTemplates::translatesFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("condition");
    QTest::newRow("type") << "source is 'GE.P'"
                          << "source is 'GE.P'";
    QTest::newRow("ROOT matches nothing") << "source is 'ROOT'"
                                          << "false";
    QTest::newRow("crosses") << "flow crosses 'GE.TB.B'"
                             << "flow crosses 'GE.TB.B'";
    QTest::newRow("attribute") << "target.codeType is 'Unmanaged'"
                               << "target.[tmt.codeType] is 'Unmanaged'";
    QTest::newRow("GUID attribute") << "flow.54851a3b-65da-4902-b4e0-94ef015be735 is 'None'"
                                    << "flow.[tmt.54851a3b-65da-4902-b4e0-94ef015be735] is 'None'";
    QTest::newRow("bracketed attribute") << "flow.[codeType] is 'x'"
                                         << "flow.[tmt.codeType] is 'x'";
    QTest::newRow("and binds tighter than or")
        << "source is 'GE.P' or target is 'GE.DS' and flow is 'SE.DF.TMCore.HTTPS'"
        << "(source is 'GE.P' or (target is 'GE.DS' and flow is 'SE.DF.TMCore.HTTPS'))";
    QTest::newRow("parentheses, spacing, case")
        << "\n  ( source IS 'GE.P'  AND (target is 'GE.P' ) )\n"
        << "(source is 'GE.P' and target is 'GE.P')";
    QTest::newRow("not") << "not (source is 'GE.P' or source is 'GE.DS')"
                         << "not (source is 'GE.P' or source is 'GE.DS')";
    QTest::newRow("empty") << "  "
                           << "";
}

void TestTmtTemplates::translatesFilters()
{
    QFETCH(QString, filter);
    QFETCH(QString, condition);
    QString error;
    const auto translated = translator().translate(filter, &error);
    QVERIFY2(translated, qPrintable(error));
    QCOMPARE(*translated, condition);
}

void TestTmtTemplates::refusesWhatItCannotTranslate_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown type") << "source is 'SE.P.Nope'"
                                  << "column 11: unknown element type 'SE.P.Nope'";
    QTest::newRow("unknown attribute") << "flow.isFast is 'Yes'"
                                       << "column 1: unknown attribute \"isFast\"";
    // The library would name a property its subject cannot have, and fail to load.
    QTest::newRow("element attribute on a flow")
        << "flow.isolation is 'AppContainer'"
        << "column 1: attribute \"isolation\" belongs to processes, entities or stores, not to a "
           "flow";
    QTest::newRow("flow attribute on a target")
        << "target.54851a3b-65da-4902-b4e0-94ef015be735 is 'None'"
        << "column 1: attribute \"54851a3b-65da-4902-b4e0-94ef015be735\" belongs to flows, not "
           "to target";
    QTest::newRow("unknown object") << "element is 'GE.P'"
                                    << "column 1: unknown object";
    QTest::newRow("source crosses") << "source crosses 'GE.TB.B'"
                                    << "only a flow crosses boundaries";
    QTest::newRow("unbalanced") << "(source is 'GE.P'"
                                << "expected ), found end of filter";
    QTest::newRow("unquoted") << "source is GE.P"
                              << "expected a quoted value";
    QTest::newRow("operator") << "source == 'GE.P'"
                              << "unexpected =";
    QTest::newRow("unterminated") << "source is 'GE.P"
                                  << "unterminated quoted value";
}

void TestTmtTemplates::refusesWhatItCannotTranslate()
{
    QFETCH(QString, filter);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!translator().translate(filter, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestTmtTemplates::defaultTemplateBecomesALibrary()
{
    QStringList problems;
    FormatError error;
    const auto json = Tb7Reader::convert(fixture(QStringLiteral("default.tb7")), &problems, &error);
    QVERIFY2(json, qPrintable(error.toString(QStringLiteral("default.tb7"))));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    RuleLibrary library;
    QString message;
    QVERIFY2(RuleLibraryLoader::load(*json, QStringLiteral("default.tb7"), library, &message),
             qPrintable(message));
    // 47 threat types, all interaction rules; 7 generic and 52 standard stencils.
    QCOMPARE(library.rules().size(), 47);
    for (const Rule& rule : library.rules())
        QCOMPARE(rule.target, RuleTarget::Interaction);
    const TypeRegistry& types = library.types();
    QVERIFY(types.isA(QStringLiteral("SE.P.TMCore.OSProcess"), QStringLiteral("GE.P")));
    QVERIFY(types.isA(QStringLiteral("SE.P.TMCore.OSProcess"), QStringLiteral("process")));
    QVERIFY(types.isA(QStringLiteral("SE.TB.B.TMCore.Sandbox"), QStringLiteral("boundary")));
    QVERIFY(types.isA(QStringLiteral("GE.DS"), QStringLiteral("store")));
    // Categories: STRIDE by name, TMT's Abuse kept as its own.
    QCOMPARE(library.findRule(QStringLiteral("S1"))->category, QStringLiteral("spoofing"));
    QCOMPARE(library.findRule(QStringLiteral("D4"))->category, QStringLiteral("denial_of_service"));
    QVERIFY(library.findCategory(QStringLiteral("abuse")));
    // Attributes are enum properties named as the importer names them; a static attribute
    // is its subtype's default.
    bool codeType = false;
    for (const PropertySchema& p : types.propertiesOf(QStringLiteral("GE.P"))) {
        if (p.name == QLatin1String("tmt.codeType")) {
            codeType = true;
            QCOMPARE(p.values,
                     (QStringList{QStringLiteral("Not Selected"), QStringLiteral("Managed"),
                                  QStringLiteral("Unmanaged")}));
            QCOMPARE(p.defaultValue.toString(), QStringLiteral("Not Selected"));
        }
    }
    QVERIFY(codeType);
    QCOMPARE(types.find(QStringLiteral("SE.DF.TMCore.HTTPS"))
                 ->defaults.value(QStringLiteral("tmt.authenticatesDestination"))
                 .toString(),
             QStringLiteral("Yes"));
}

void TestTmtTemplates::untranslatableThreatTypeIsReportedById()
{
    QStringList problems;
    FormatError error;
    auto json = Tb7Reader::convert(tinyTemplate(QStringLiteral("flow.speed is 'fast'"), QString()),
                                   &problems, &error);
    QVERIFY(json);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(QStringLiteral("threat type X1 (Abuse of "
                                                        "{target.Name}): Include filter")),
             qPrintable(problems.first()));
    QVERIFY(problems.first().contains(QStringLiteral("unknown attribute \"speed\"")));
    RuleLibrary library;
    QString message;
    QVERIFY(RuleLibraryLoader::load(*json, QStringLiteral("tiny"), library, &message));
    QVERIFY(library.rules().isEmpty()); // left out, not run half-translated
    // The same template with a good filter gives one rule of TMT's own category.
    json = Tb7Reader::convert(
        tinyTemplate(QStringLiteral("target is 'GE.P'"), QStringLiteral("source is 'GE.P'")),
        &problems, &error);
    QVERIFY(json);
    RuleLibrary tiny;
    QVERIFY2(RuleLibraryLoader::load(*json, QStringLiteral("tiny"), tiny, &message),
             qPrintable(message));
    QCOMPARE(tiny.rules().size(), 1);
    QCOMPARE(tiny.rules().first().category, QStringLiteral("abuse"));
    QCOMPARE(tiny.rules().first().title.text(), QStringLiteral("Abuse of {target.name}"));
    // Not a template: one clear line.
    QVERIFY(!Tb7Reader::convert("<Other/>", &problems, &error));
    QVERIFY(error.message.contains(QStringLiteral("not a TMT template")));
    QVERIFY(
        !Tb7Reader::convert(fixture(QStringLiteral("default.tb7")).left(5000), &problems, &error));
    QVERIFY(error.line > 0);
}

void TestTmtTemplates::parityWithTheFixtures_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("templateFile"); // the model itself: its embedded template
    QTest::addColumn<int>("stored");
    QTest::newRow("Sample with default.tb7") << "Sample_Threat_Model.tm7"
                                             << "default.tb7" << 29;
    QTest::newRow("Sample with its own template") << "Sample_Threat_Model.tm7"
                                                  << "Sample_Threat_Model.tm7" << 29;
    QTest::newRow("custom template (GUID ids)") << "test_model.tm7"
                                                << "test_model.tm7" << 10;
}

void TestTmtTemplates::parityWithTheFixtures()
{
    QFETCH(QString, model);
    QFETCH(QString, templateFile);
    QFETCH(int, stored);
    QString error;
    const auto parity =
        TmtParity::compare(fixture(model), model, fixture(templateFile), templateFile, &error);
    QVERIFY2(parity, qPrintable(error));
    QVERIFY2(parity->problems.isEmpty(), qPrintable(parity->problems.join(QLatin1Char('\n'))));
    QCOMPARE(parity->stored, stored);
    QCOMPARE(parity->matched, stored);
    QCOMPARE(parity->missing.size(), 0);
    QCOMPARE(parity->extra.size(), 0);
}

void TestTmtTemplates::parityNoticesADifference()
{
    // Without border boundaries in the filters, the threats that need a crossing go missing
    // and the parity says which.
    QByteArray changed = fixture(QStringLiteral("default.tb7"));
    changed.replace("flow crosses 'GE.TB.B'", "flow crosses 'GE.TB.L'");
    QString error;
    const auto parity =
        TmtParity::compare(fixture(QStringLiteral("Sample_Threat_Model.tm7")),
                           QStringLiteral("sample"), changed, QStringLiteral("changed"), &error);
    QVERIFY2(parity, qPrintable(error));
    QCOMPARE(parity->stored, 29);
    QVERIFY(!parity->missing.isEmpty());
    QCOMPARE(parity->matched + parity->missing.size(), 29);
    QVERIFY(parity->missing.first().interaction.contains(QStringLiteral(" → ")));
}

void TestTmtTemplates::attachedTemplateKeepsTmtThreats()
{
    QString error;
    auto model = ModelImporter::importBytes(fixture(QStringLiteral("Sample_Threat_Model.tm7")),
                                            ModelImporter::Format::Tm7, nullptr, nullptr);
    QVERIFY(model);
    const auto json = Tb7Reader::convert(fixture(QStringLiteral("default.tb7")), nullptr, nullptr);
    QVERIFY(json);
    QCOMPARE(RuleLibraryFile::attach(*model, *json, QStringLiteral("default.tb7"), &error), 29);
    // Regenerating with the template finds TMT's threats again: nothing added or changed.
    RuleLibrary library;
    QVERIFY2(RuleLibraryLoader::load(model->embeddedLibrary, QStringLiteral("embedded"), library,
                                     &error),
             qPrintable(error));
    const QVector<Threat> before = model->threats;
    const GenerationReport report = ThreatGenerator(library).generate(*model);
    QCOMPARE(report.added, 0);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.obsoleted, 0);
    QCOMPARE(model->threats, before);
}

QTEST_GUILESS_MAIN(TestTmtTemplates)
#include "tst_tmttemplates.moc"
