// How the register is stored (schema version 3): a generated threat whose words the team kept
// stores its rule, element and title and only the team's decisions; the rest comes back from
// the rule on reading. Version 2 files migrate with nothing lost.
#include "ModelBuilder.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "engine/ThreatText.h"
#include "format/ModelFile.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "model/Model.h"
#include "register/RegisterEdits.h"

#include <nlohmann/json.hpp>

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace latch;
using latch::test::ModelBuilder;
using Json = nlohmann::json;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString text(const Json& value)
{
    return QString::fromStdString(value.get<std::string>());
}

QStringList texts(const Json& array)
{
    QStringList list;
    for (const Json& item : array)
        list << text(item);
    return list;
}

// Every .tmodel file of schema version 2 in the repository.
QStringList versionTwoFiles()
{
    QStringList found;
    for (const char* folder : {"/resources", "/tests"}) {
        QDirIterator it(QStringLiteral(LATCH_SOURCE_DIR) + QLatin1String(folder),
                        {QStringLiteral("*.tmodel")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const Json root = Json::parse(readAll(path).toStdString(), nullptr, false);
            if (root.is_object() && root.value("version", 0) == 2)
                found << path;
        }
    }
    return found;
}

// One generated threat of each kind the examples have, made by the engine on a tiny model.
Model generatedModel()
{
    ModelBuilder b;
    b.box(ElementKind::Entity, QStringLiteral("e-user"), QStringLiteral("Customer"),
          {0, 0, 140, 70})
        .box(ElementKind::Process, QStringLiteral("e-api"), QStringLiteral("Shop API"),
             {300, 0, 110, 110})
        .flow(QStringLiteral("e-order"), QStringLiteral("e-user"), QStringLiteral("e-api"), {},
              QStringLiteral("Place order"));
    Model model = b.model();
    RuleLibrary library;
    RuleLibraryLoader::loadBuiltin(library, nullptr);
    ThreatGenerator(library).generate(model);
    return model;
}

const Threat* threatOf(const Model& model, const char* rule, const char* element)
{
    for (const Threat& t : model.threats) {
        if (t.rule == QLatin1String(rule) && t.element == QLatin1String(element))
            return &t;
    }
    return nullptr;
}

Json threatsOnDisk(const QByteArray& bytes)
{
    return Json::parse(bytes.toStdString())["threats"];
}

} // namespace

class TestRegisterStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionTwoMigratesWithNothingLost();
    void generatedThreatStoresOnlyWhatTheRuleCannotGiveBack();
    void decisionsAreStored();
    void rewordedThreatKeepsItsWords();
    void descriptionIsTheRulesText();
    void threatOfAnUnknownRuleStillLoads();
    void manualThreatStoresEveryKey();
};

void TestRegisterStorage::versionTwoMigratesWithNothingLost()
{
    const QStringList files = versionTwoFiles();
    QVERIFY2(files.size() >= 2, qPrintable(files.join(QLatin1Char(' '))));
    for (const QString& path : files) {
        // What the version 2 file says, read without Latch's reader.
        const Json root = Json::parse(readAll(path).toStdString());
        QString error;
        const auto model = ModelFile::load(path, &error);
        QVERIFY2(model, qPrintable(error));
        // Saved as version 3 and read back.
        const auto bytes = ModelFile::serialize(*model, path, &error);
        QVERIFY2(bytes, qPrintable(error));
        QVERIFY(bytes->contains("\"version\": 7"));
        QVERIFY2(bytes->size() < readAll(path).size() / 2, qPrintable(path));
        FormatError problem;
        const auto migrated = TmodelReader::read(*bytes, &problem);
        QVERIFY2(migrated, qPrintable(problem.toString(path)));
        const ThreatText words(*migrated);

        QCOMPARE(migrated->threats.size(), qsizetype(root["threats"].size()));
        for (std::size_t i = 0; i < root["threats"].size(); ++i) {
            const Json& was = root["threats"][i];
            const Threat& now = migrated->threats.at(qsizetype(i));
            const QString where = path + QStringLiteral(" threats[%1]").arg(i);
            QCOMPARE(now.id, text(was["id"]));
            QCOMPARE(now.rule, was["rule"].is_null() ? QString() : text(was["rule"]));
            QCOMPARE(now.element, text(was["element"]));
            QCOMPARE(now.category, text(was["category"]));
            QCOMPARE(now.title, text(was["title"]));
            QVERIFY2(words.description(now) == text(was["description"]), qPrintable(where));
            QCOMPARE(now.references, texts(was["references"]));
            QCOMPARE(now.dread.has_value(), !was["dread"].is_null());
            if (now.dread) {
                QCOMPARE(now.dread->damage, was["dread"]["damage"].get<int>());
                QCOMPARE(now.dread->reproducibility, was["dread"]["reproducibility"].get<int>());
                QCOMPARE(now.dread->exploitability, was["dread"]["exploitability"].get<int>());
                QCOMPARE(now.dread->affectedUsers, was["dread"]["affectedUsers"].get<int>());
                QCOMPARE(now.dread->discoverability, was["dread"]["discoverability"].get<int>());
            }
            QCOMPARE(now.risk.has_value(), !was["risk"].is_null());
            if (now.risk) {
                QCOMPARE(now.risk->likelihood, was["risk"]["likelihood"].get<int>());
                QCOMPARE(now.risk->impact, was["risk"]["impact"].get<int>());
            }
            QCOMPARE(threatStatusName(now.status), text(was["status"]));
            QCOMPARE(now.justification, text(was["justification"]));
            QCOMPARE(now.mitigations, texts(was["mitigations"]));
            QCOMPARE(now.origin == ThreatOrigin::Generated ? QStringLiteral("generated")
                                                           : QStringLiteral("manual"),
                     text(was["origin"]));
            QCOMPARE(now.obsolete, was["obsolete"].get<bool>());
            QCOMPARE(now.textEdited, was.value("text_edited", false));
        }
        // Everything else is the same model.
        QCOMPARE(migrated->diagrams, model->diagrams);
        QCOMPARE(migrated->mitigations, model->mitigations);
        QCOMPARE(migrated->assets, model->assets);
    }
}

void TestRegisterStorage::generatedThreatStoresOnlyWhatTheRuleCannotGiveBack()
{
    const Model model = generatedModel();
    QVERIFY(model.threats.size() > 5);
    const QByteArray bytes = TmodelWriter::write(model);
    for (const Json& t : threatsOnDisk(bytes)) {
        // Rule, element and title: the title stays so that a raw diff in a review reads.
        QCOMPARE(t.size(), std::size_t(3));
        QVERIFY(t.contains("rule") && t.contains("element") && t.contains("title"));
    }
    // Reading gives back the rule's category, references and scores, and the derived id.
    FormatError problem;
    const auto back = TmodelReader::read(bytes, &problem);
    QVERIFY2(back, qPrintable(problem.message));
    QCOMPARE(back->threats, model.threats);
    const Threat* spoofing = threatOf(*back, "LATCH-STRIDE-ENTITY-S", "e-user");
    QVERIFY(spoofing);
    QCOMPARE(spoofing->category, QStringLiteral("spoofing"));
    QCOMPARE(spoofing->references,
             (QStringList{QStringLiteral("CWE-290"), QStringLiteral("CAPEC-151")}));
    QCOMPARE(spoofing->dread, (DreadScore{6, 6, 5, 6, 5})); // the rule's defaults
    QCOMPARE(spoofing->id, ThreatGenerator::threatIdFor(QStringLiteral("LATCH-STRIDE-ENTITY-S"),
                                                        QStringLiteral("e-user")));
    QCOMPARE(TmodelWriter::write(*back), bytes); // load -> save is byte for byte
}

void TestRegisterStorage::decisionsAreStored()
{
    Model model = generatedModel();
    Mitigation mfa;
    mfa.id = QStringLiteral("m-mfa");
    mfa.title = QStringLiteral("MFA for customers");
    model.mitigations.append(mfa);
    Threat* spoofing = nullptr;
    for (Threat& t : model.threats) {
        if (t.rule == QLatin1String("LATCH-STRIDE-ENTITY-S"))
            spoofing = &t;
    }
    QVERIFY(spoofing);
    spoofing->status = ThreatStatus::Mitigated;
    spoofing->dread = DreadScore{9, 6, 5, 6, 5};
    spoofing->justification = QStringLiteral("MFA since release 4.2");
    spoofing->mitigations = {QStringLiteral("m-mfa")};
    const QString id = spoofing->id;
    Threat* other = &model.threats.last();
    other->obsolete = true;
    other->dread.reset(); // the team cleared the rule's scores
    const QString otherId = other->id;

    const QByteArray bytes = TmodelWriter::write(model);
    for (const Json& t : threatsOnDisk(bytes)) {
        const QString rule = text(t["rule"]);
        if (rule == QLatin1String("LATCH-STRIDE-ENTITY-S")) {
            QCOMPARE(t.size(), std::size_t(7));
            QCOMPARE(text(t["status"]), QStringLiteral("mitigated"));
            QCOMPARE(t["dread"]["damage"].get<int>(), 9);
            QCOMPARE(text(t["justification"]), QStringLiteral("MFA since release 4.2"));
            QCOMPARE(texts(t["mitigations"]), QStringList{QStringLiteral("m-mfa")});
        }
    }
    const auto back = TmodelReader::read(bytes, nullptr);
    QVERIFY(back);
    QCOMPARE(back->threats, model.threats);
    QCOMPARE(back->findThreat(id)->status, ThreatStatus::Mitigated);
    QVERIFY(back->findThreat(otherId)->obsolete);
    QVERIFY(!back->findThreat(otherId)->dread); // cleared stays cleared
}

void TestRegisterStorage::rewordedThreatKeepsItsWords()
{
    Model model = generatedModel();
    const Threat* original = threatOf(model, "LATCH-STRIDE-ENTITY-S", "e-user");
    QVERIFY(original);
    const QString id = original->id;
    const ThreatText words(model);
    const QString title = QStringLiteral("Customers impersonated with phished passwords");
    const Threat reworded =
        RegisterEdits::reworded(*original, words, title, words.description(*original));
    QVERIFY(reworded.textEdited);
    // The description is kept as it read, now as the team's own text.
    QVERIFY(reworded.description.startsWith(QLatin1String("An attacker pretends to be Customer")));
    *std::find_if(model.threats.begin(), model.threats.end(),
                  [&](const Threat& t) { return t.id == id; }) = reworded;

    const QByteArray bytes = TmodelWriter::write(model);
    auto back = TmodelReader::read(bytes, nullptr);
    QVERIFY(back);
    // Renaming the element would retitle the threat, but not a reworded one.
    back->diagrams[0].elements[0].name = QStringLiteral("Shopper");
    RuleLibrary library;
    RuleLibraryLoader::loadBuiltin(library, nullptr);
    ThreatGenerator(library).generate(*back);
    const Threat* kept = back->findThreat(id);
    QCOMPARE(kept->title, title);
    QVERIFY(kept->description.startsWith(QLatin1String("An attacker pretends to be Customer")));
    QVERIFY(kept->textEdited);
    // Its neighbour was not reworded and follows the rename.
    const Threat* repudiation = threatOf(*back, "LATCH-STRIDE-ENTITY-R", "e-user");
    QVERIFY(repudiation);
    QVERIFY2(repudiation->title.contains(QLatin1String("Shopper")), qPrintable(repudiation->title));
}

void TestRegisterStorage::descriptionIsTheRulesText()
{
    const Model model = generatedModel();
    const Threat* spoofing = threatOf(model, "LATCH-STRIDE-ENTITY-S", "e-user");
    QVERIFY(spoofing);
    QVERIFY(ThreatText::isRendered(*spoofing));
    // The rule's template (builtin.json) with {element.name} = Customer.
    QCOMPARE(ThreatText(model).description(*spoofing),
             QStringLiteral("An attacker pretends to be Customer, for instance with stolen or "
                            "guessed credentials, a copied API key or a cloned client, and the "
                            "system accepts the requests as if they came from the real actor. "
                            "Everything the system lets Customer do can then be done in its "
                            "name. Check how Customer proves its identity on each of its flows "
                            "and how strong that proof is."));
}

void TestRegisterStorage::threatOfAnUnknownRuleStillLoads()
{
    Model model = generatedModel();
    QByteArray bytes = TmodelWriter::write(model);
    // A rule that this Latch's libraries do not have (an older or newer built-in library).
    bytes.replace("\"rule\": \"LATCH-STRIDE-ENTITY-S\"", "\"rule\": \"LATCH-RETIRED-1\"");
    FormatError problem;
    const auto back = TmodelReader::read(bytes, &problem);
    QVERIFY2(back, qPrintable(problem.message));
    const Threat* retired = threatOf(*back, "LATCH-RETIRED-1", "e-user");
    QVERIFY(retired);
    QCOMPARE(retired->category, QStringLiteral("unknown"));
    QCOMPARE(retired->title, QStringLiteral("Spoofing of Customer"));
    // Saved again, it keeps what is known of it in full.
    const auto again = TmodelReader::read(TmodelWriter::write(*back), nullptr);
    QVERIFY(again);
    QCOMPARE(again->threats, back->threats);
}

void TestRegisterStorage::manualThreatStoresEveryKey()
{
    Model model = generatedModel();
    Threat manual;
    manual.id = QStringLiteral("t-manual");
    manual.element = QStringLiteral("e-api");
    manual.category = QStringLiteral("tampering");
    manual.title = QStringLiteral("Order totals changed in transit");
    manual.origin = ThreatOrigin::Manual;
    model.threats.append(manual);
    const Json stored = threatsOnDisk(TmodelWriter::write(model)).back();
    for (const char* key :
         {"id", "rule", "element", "category", "title", "description", "references", "dread",
          "risk", "status", "justification", "mitigations", "origin", "obsolete"})
        QVERIFY2(stored.contains(key), key);
}

QTEST_GUILESS_MAIN(TestRegisterStorage)
#include "tst_registerstorage.moc"
