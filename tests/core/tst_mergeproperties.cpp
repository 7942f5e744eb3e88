// What every three-way merge must satisfy, checked on random models with random edits on both
// sides, as branches make them (each side's register kept in step with its diagram):
// merge(b, x, x) == x, merge(b, b, x) == x, merge(b, x, b) == x, the result always valid and
// readable, and merge(b, x, y) the same as merge(b, y, x) once each conflict is settled for
// the same version.
#include "diff/DiffText.h"
#include "diff/ModelDiff.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "format/ModelChecks.h"
#include "format/TmodelReader.h"
#include "format/TmodelWriter.h"
#include "merge/ConflictResolution.h"
#include "merge/ModelMerge.h"
#include "model/Model.h"
#include "model/SyntheticModel.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace latch;

namespace {

const RuleLibrary& library()
{
    static const RuleLibrary builtin = [] {
        RuleLibrary l;
        QString error;
        if (!RuleLibraryLoader::loadBuiltin(l, &error))
            qFatal("%s", qPrintable(error));
        return l;
    }();
    return builtin;
}

// Random edits of one side. `parity` splits the moves: each side moves only its half of the
// elements, since the same element moved on both sides is settled for ours by design (a
// case of its own in tst_modelmerge), which no swap of the sides can undo.
void edit(Model& model, QRandomGenerator& random, int parity, const QString& tag)
{
    QVector<Element>& elements = model.diagrams[0].elements;
    const int edits = int(random.bounded(3, 12));
    for (int n = 0; n < edits && !elements.isEmpty(); ++n) {
        // Half the edits fall on the first few elements, so that both sides often touch the
        // same ones and the merge meets real conflicts.
        const quint32 pool =
            random.bounded(2) ? std::min(8u, quint32(elements.size())) : quint32(elements.size());
        const int i = int(random.bounded(pool));
        Element& e = elements[i];
        switch (random.bounded(8)) {
        case 0:
            e.name = tag + QString::number(n);
            break;
        case 1:
            if (i % 2 == parity && e.kind != ElementKind::Flow)
                e.bounds.x += int(random.bounded(1, 50));
            break;
        case 2:
            e.properties[QStringLiteral("encrypted")] = bool(random.bounded(2));
            break;
        case 3: {
            if (e.kind == ElementKind::Flow || e.kind == ElementKind::Boundary)
                break;
            const QString gone = e.id;
            elements.erase(std::remove_if(elements.begin(), elements.end(),
                                          [&](const Element& x) {
                                              return x.id == gone || x.source == gone ||
                                                     x.target == gone;
                                          }),
                           elements.end());
            break;
        }
        case 4: {
            Element p;
            p.id = QStringLiteral("e-%1%2").arg(tag).arg(n);
            p.kind = ElementKind::Process;
            p.name = tag + QStringLiteral(" service");
            p.bounds = {int(random.bounded(2000)), int(random.bounded(2000)), 100, 60};
            const QString partner =
                e.kind == ElementKind::Flow || e.kind == ElementKind::Boundary ? QString() : e.id;
            elements.append(p);
            if (!partner.isEmpty()) {
                Element f;
                f.id = QStringLiteral("e-%1f%2").arg(tag).arg(n);
                f.kind = ElementKind::Flow;
                f.name = tag + QStringLiteral(" call");
                f.source = partner;
                f.target = p.id;
                elements.append(f);
            }
            break;
        }
        case 5:
        case 6:
            if (!model.threats.isEmpty()) {
                Threat& t =
                    model.threats[int(random.bounded(std::min(6u, quint32(model.threats.size()))))];
                t.status = allThreatStatuses[random.bounded(6)];
                t.justification = tag;
            }
            break;
        default: {
            Mitigation m;
            m.id = QStringLiteral("m-%1%2").arg(tag).arg(n);
            m.title = tag + QStringLiteral(" control");
            model.mitigations.append(m);
            if (!model.threats.isEmpty())
                model.threats[int(random.bounded(quint32(model.threats.size())))]
                    .mitigations.append(m.id);
            break;
        }
        }
    }
    ThreatGenerator(library()).generate(model);
}

Model merged(const Model& base, const Model& ours, const Model& theirs)
{
    MergeResult result = ModelMerge::merge(base, ours, theirs);
    if (!result.error.isEmpty())
        qFatal("%s", qPrintable(result.error));
    if (result.rederive)
        ModelMerge::rederive(result.model, library(), false);
    return result.model;
}

Model settled(Model model, ConflictResolution::Choice choice)
{
    while (!model.conflicts.isEmpty()) {
        QString error;
        auto next = ConflictResolution::resolve(model, 0, choice, &error);
        if (!next)
            qFatal("cannot settle: %s", qPrintable(error));
        model = std::move(*next);
    }
    ThreatGenerator(library()).generate(model);
    return model;
}

// Lists in id order: a merge keeps ours' order first, so the two orders of one merge differ
// only there.
Model sorted(Model model)
{
    const auto byId = [](const auto& a, const auto& b) { return a.id < b.id; };
    for (Diagram& d : model.diagrams)
        std::sort(d.elements.begin(), d.elements.end(), byId);
    std::sort(model.diagrams.begin(), model.diagrams.end(), byId);
    std::sort(model.threats.begin(), model.threats.end(), byId);
    std::sort(model.mitigations.begin(), model.mitigations.end(), byId);
    for (Threat& t : model.threats)
        std::sort(t.mitigations.begin(), t.mitigations.end());
    return model;
}

} // namespace

class TestMergeProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomEdits_data();
    void randomEdits();
    void cleanupTestCase();

private:
    // Over all seeds, so that the properties are seen to hold where it is hard: with
    // conflicts of every reason to settle.
    QHash<QString, int> m_reasons;
};

void TestMergeProperties::randomEdits_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestMergeProperties::randomEdits()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    Model base = SyntheticModel::generate(int(random.bounded(20, 60)), seed);
    ThreatGenerator(library()).generate(base);
    Model x = base;
    edit(x, random, 0, QStringLiteral("x"));
    Model y = base;
    edit(y, random, 1, QStringLiteral("y"));

    QCOMPARE(merged(base, x, x), x);
    QCOMPARE(merged(base, base, x), x);
    QCOMPARE(merged(base, x, base), x);

    const Model xy = merged(base, x, y);
    const Model yx = merged(base, y, x);
    QVERIFY(!ModelChecks::firstProblem(xy));
    FormatError error;
    const auto read = TmodelReader::read(TmodelWriter::write(xy), &error);
    QVERIFY2(read, qPrintable(error.toString(QStringLiteral("merged"))));
    QCOMPARE(*read, xy);
    QCOMPARE(xy.conflicts.size(), yx.conflicts.size());
    for (const MergeConflict& c : xy.conflicts)
        ++m_reasons[c.reason];
    for (int i = 0; i < xy.conflicts.size(); ++i) {
        // The same conflicts, with the sides swapped.
        MergeConflict swapped = yx.conflicts.at(i);
        std::swap(swapped.ours, swapped.theirs);
        QVERIFY(std::find(xy.conflicts.cbegin(), xy.conflicts.cend(), swapped) !=
                xy.conflicts.cend());
    }
    for (const auto& [first, second] :
         {std::pair{ConflictResolution::Choice::Ours, ConflictResolution::Choice::Theirs},
          std::pair{ConflictResolution::Choice::Theirs, ConflictResolution::Choice::Ours}}) {
        const Model a = sorted(settled(xy, first));
        const Model b = sorted(settled(yx, second));
        QVERIFY2(a == b,
                 qPrintable(DiffText::text(ModelDiff::compare(a, b), QStringLiteral("x then y"),
                                           QStringLiteral("y then x"))));
    }
}

void TestMergeProperties::cleanupTestCase()
{
    qInfo() << "conflicts by reason over all seeds:" << m_reasons;
    for (const QString& reason : MergeConflict::reasons())
        QVERIFY2(m_reasons.value(reason) > 0, qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestMergeProperties)
#include "tst_mergeproperties.moc"
