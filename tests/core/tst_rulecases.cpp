// The reviewer-written cases of tests/data/rule-cases/ (see its README.md): small models, each
// with the built-in rules that must generate a threat on each element (`fires`, the complete
// set) and those a reviewer singles out as must-not (`silent`). Every case is read by the real
// .tmodel reader and run through the real generator with the built-in library, and every
// built-in rule must have a case of each kind.
#include "engine/Frameworks.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "format/TmodelReader.h"
#include "model/Model.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

#include <optional>

using namespace latch;

namespace {

const char* const casesFolder = LATCH_SOURCE_DIR "/tests/data/rule-cases";

// The top-level files are STRIDE's cases (builtin.json); a subfolder named after another
// framework (linddun/, cia/) holds that framework's, run with it alone chosen. Any other
// subfolder is an error, so that no cases are skipped by accident.

// Element id -> rule ids, as a case lists them.
using Expectations = QMap<QString, QStringList>;

struct RuleCase
{
    QString place;     // "file/case", as the rule-cases README names it
    QString framework; // the one the model uses while the case runs
    QByteArray model;
    Expectations fires;
    Expectations silent;
};

bool readExpectations(const QJsonValue& value, Expectations& out, QString* error)
{
    if (value.isUndefined())
        return true; // neither list is required
    if (!value.isObject()) {
        *error = QStringLiteral("not an object");
        return false;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isArray()) {
            *error = it.key() + QStringLiteral(": not an array of rule ids");
            return false;
        }
        QStringList& rules = out[it.key()];
        for (const QJsonValue& rule : it.value().toArray()) {
            if (!rule.isString() || rule.toString().isEmpty()) {
                *error = it.key() + QStringLiteral(": a rule id that is not a string");
                return false;
            }
            rules.append(rule.toString());
        }
    }
    return true;
}

// The cases of one file, or an error naming the file and the place in it.
bool readCaseFile(const QString& path, QVector<RuleCase>& cases, QString* error)
{
    const QString file = QFileInfo(path).completeBaseName();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = file + QStringLiteral(": ") + in.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: offset %2: %3")
                     .arg(file)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonValue list = document.object().value(QLatin1String("cases"));
    if (!list.isArray() || list.toArray().isEmpty()) {
        *error = file + QStringLiteral(": no \"cases\" array");
        return false;
    }
    QSet<QString> names;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        const QString where = QStringLiteral("%1: cases[%2]").arg(file).arg(i);
        if (name.isEmpty() || names.contains(name)) {
            *error = where + QStringLiteral(": missing or repeated \"name\"");
            return false;
        }
        names.insert(name);
        RuleCase c;
        c.place = file + QLatin1Char('/') + name;
        const QJsonValue model = object.value(QLatin1String("model"));
        if (!model.isObject()) {
            *error = c.place + QStringLiteral(": \"model\" is not an object");
            return false;
        }
        c.model = QJsonDocument(model.toObject()).toJson();
        QString listError;
        if (!readExpectations(object.value(QLatin1String("fires")), c.fires, &listError) ||
            !readExpectations(object.value(QLatin1String("silent")), c.silent, &listError)) {
            *error = c.place + QStringLiteral(": fires/silent: ") + listError;
            return false;
        }
        cases.append(c);
    }
    return true;
}

} // namespace

class TestRuleCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firesAndStaysSilent_data();
    void firesAndStaysSilent();
    void everyRuleHasCases();

private:
    RuleLibrary m_library;
    QVector<RuleCase> m_cases;
};

void TestRuleCases::initTestCase()
{
    QString error;
    QVERIFY2(RuleLibraryLoader::loadBuiltin(m_library, &error), qPrintable(error));

    const QDir folder(QString::fromUtf8(casesFolder));
    QVERIFY2(folder.exists(), casesFolder);
    const auto readFolder = [&](const QDir& dir, const QString& framework) {
        const qsizetype first = m_cases.size();
        for (const QString& name :
             dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            if (!readCaseFile(dir.filePath(name), m_cases, &error))
                return false;
        }
        for (qsizetype i = first; i < m_cases.size(); ++i)
            m_cases[i].framework = framework;
        return m_cases.size() > first;
    };
    QVERIFY2(readFolder(folder, QStringLiteral("stride")), qPrintable(error));
    for (const QString& sub : folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QVERIFY2(
            sub != QLatin1String("stride") && Frameworks::names().contains(sub),
            qPrintable(QStringLiteral("rule-cases/%1: a folder this test does not know").arg(sub)));
        QVERIFY2(readFolder(QDir(folder.filePath(sub)), sub),
                 qPrintable(QStringLiteral("rule-cases/%1: no cases: %2").arg(sub, error)));
    }
}

void TestRuleCases::firesAndStaysSilent_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_cases.size(); ++i)
        QTest::newRow(qPrintable(m_cases.at(i).place)) << i;
}

void TestRuleCases::firesAndStaysSilent()
{
    QFETCH(int, index);
    const RuleCase& c = m_cases.at(index);

    FormatError formatError;
    std::optional<Model> model = TmodelReader::read(c.model, &formatError);
    QVERIFY2(model, qPrintable(formatError.toString(c.place)));
    model->frameworks = {c.framework};
    ThreatGenerator(m_library).generate(*model);

    // Element id -> rules with a live generated threat on it.
    QSet<QString> elements;
    for (const Diagram& diagram : model->diagrams) {
        for (const Element& element : diagram.elements)
            elements.insert(element.id);
    }
    QHash<QString, QSet<QString>> generated;
    for (const Threat& threat : model->threats) {
        if (threat.origin == ThreatOrigin::Generated && !threat.obsolete)
            generated[threat.element].insert(threat.rule);
    }

    QStringList problems;
    const auto problem = [&](const QString& element, const QString& rule, const char* what) {
        problems
            << QStringLiteral("%1: %2: %3 %4").arg(c.place, element, rule, QLatin1String(what));
    };
    for (auto it = c.fires.begin(); it != c.fires.end(); ++it) {
        if (!elements.contains(it.key()))
            problem(it.key(), QStringLiteral("fires"), "names no element of the model");
        for (const QString& rule : it.value()) {
            if (!generated.value(it.key()).contains(rule))
                problem(it.key(), rule, "must fire and does not");
        }
    }
    for (auto it = c.silent.begin(); it != c.silent.end(); ++it) {
        if (!elements.contains(it.key()))
            problem(it.key(), QStringLiteral("silent"), "names no element of the model");
        for (const QString& rule : it.value()) {
            if (c.fires.value(it.key()).contains(rule))
                problem(it.key(), rule, "is listed under both fires and silent");
            else if (generated.value(it.key()).contains(rule))
                problem(it.key(), rule, "must stay silent and fires");
        }
    }
    // A case's fires list is the element's complete set (the rule-cases README): a rule that
    // starts firing where no case expects it is caught too, not only where `silent` says so.
    QStringList withThreats = generated.keys();
    withThreats.sort();
    for (const QString& element : withThreats) {
        QStringList rules = generated.value(element).values();
        rules.sort();
        for (const QString& rule : rules) {
            if (!c.fires.value(element).contains(rule) && !c.silent.value(element).contains(rule))
                problem(element, rule, "fires and is not listed under fires");
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestRuleCases::everyRuleHasCases()
{
    QSet<QString> fire;
    QSet<QString> silent;
    QStringList unknown;
    const auto collect = [&](const RuleCase& c, const Expectations& lists, QSet<QString>& into) {
        for (auto it = lists.begin(); it != lists.end(); ++it) {
            for (const QString& rule : it.value()) {
                if (!m_library.findRule(rule))
                    unknown << QStringLiteral("%1: %2: %3").arg(c.place, it.key(), rule);
                into.insert(rule);
            }
        }
    };
    for (const RuleCase& c : m_cases) {
        collect(c, c.fires, fire);
        collect(c, c.silent, silent);
    }
    QStringList noFiringCase;
    QStringList noSilentCase;
    for (const Rule& rule : m_library.rules()) {
        if (!fire.contains(rule.id))
            noFiringCase << rule.id;
        if (!silent.contains(rule.id))
            noSilentCase << rule.id;
    }
    QStringList problems;
    if (!noFiringCase.isEmpty())
        problems << QStringLiteral("rules with no case where they must fire: ") +
                        noFiringCase.join(QStringLiteral(", "));
    if (!noSilentCase.isEmpty())
        problems << QStringLiteral("rules with no case where they must stay silent: ") +
                        noSilentCase.join(QStringLiteral(", "));
    if (!unknown.isEmpty())
        problems << QStringLiteral("rule ids the built-in library does not have:\n  ") +
                        unknown.join(QStringLiteral("\n  "));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestRuleCases)
#include "tst_rulecases.moc"
