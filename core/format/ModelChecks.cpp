#include "ModelChecks.h"

#include "JsonText.h"
#include "TmodelFormat.h"
#include "model/IdGenerator.h"
#include "model/Model.h"
#include "model/ThreatCategory.h"

#include <QHash>
#include <QSet>

namespace latch {

namespace {

using jsontext::fail;
using jsontext::indexed;
using jsontext::quoted;

// Walks the model in file order; the first problem throws (FormatFailure).
class Checker
{
public:
    explicit Checker(const Model& model)
        : m_model(model)
    {
    }

    void run()
    {
        checkAssets();
        if (m_model.diagrams.isEmpty())
            fail(QStringLiteral("diagrams"), QStringLiteral("a model needs at least one diagram"));
        for (qsizetype d = 0; d < m_model.diagrams.size(); ++d)
            checkDiagram(d);
        for (qsizetype i = 0; i < m_model.mitigations.size(); ++i) {
            claim(m_model.mitigations.at(i).id, Place{Place::Mitigation, i, 0});
            m_mitigations.insert(m_model.mitigations.at(i).id);
        }
        checkLibrary();
        for (qsizetype i = 0; i < m_model.threats.size(); ++i)
            checkThreat(i);
    }

private:
    // Where an id is used, turned into a path only for a message.
    struct Place
    {
        enum Kind
        {
            Asset,
            Diagram,
            Element,
            Mitigation,
            Threat
        } kind;
        qsizetype index;
        qsizetype inner;

        QString path() const
        {
            switch (kind) {
            case Asset:
                return indexed(QStringLiteral("model.assets"), std::size_t(index));
            case Diagram:
                return indexed(QStringLiteral("diagrams"), std::size_t(index));
            case Element:
                return indexed(indexed(QStringLiteral("diagrams"), std::size_t(index)) +
                                   QStringLiteral(".elements"),
                               std::size_t(inner));
            case Mitigation:
                return indexed(QStringLiteral("mitigations"), std::size_t(index));
            case Threat:
                return indexed(QStringLiteral("threats"), std::size_t(index));
            }
            return {};
        }
    };

    void claim(const QString& id, const Place& place)
    {
        const QString at = place.path() + QStringLiteral(".id");
        if (!IdGenerator::isAcceptable(id))
            fail(at, QStringLiteral("%1 is not a valid id (1 to %2 characters, no spaces)")
                         .arg(quoted(id))
                         .arg(IdGenerator::maximumLength));
        const auto [it, added] = tryInsert(id, place);
        if (!added)
            fail(at, QStringLiteral("duplicate id %1 (first used at %2)")
                         .arg(quoted(id), it->path() + QStringLiteral(".id")));
    }

    std::pair<QHash<QString, Place>::const_iterator, bool> tryInsert(const QString& id,
                                                                     const Place& place)
    {
        const auto found = m_ids.constFind(id);
        if (found != m_ids.cend())
            return {found, false};
        return {m_ids.insert(id, place), true};
    }

    void checkAssets()
    {
        for (qsizetype i = 0; i < m_model.assets.size(); ++i) {
            const Asset& a = m_model.assets.at(i);
            claim(a.id, Place{Place::Asset, i, 0});
            if (!Asset::classifications().contains(a.classification))
                fail(Place{Place::Asset, i, 0}.path() + QStringLiteral(".classification"),
                     QStringLiteral("%1 is not one of %2")
                         .arg(quoted(a.classification),
                              Asset::classifications().join(QStringLiteral(", "))));
        }
    }

    static void coordinate(int value, int minimum, const QString& path)
    {
        if (value < minimum || value > TmodelFormat::maximumCoordinate)
            fail(path, QStringLiteral("%1 is out of range (%2 to %3)")
                           .arg(value)
                           .arg(minimum)
                           .arg(TmodelFormat::maximumCoordinate));
    }

    static void box(const Rect& r, const QString& path)
    {
        const int low = -TmodelFormat::maximumCoordinate;
        coordinate(r.x, low, path + QStringLiteral(".x"));
        coordinate(r.y, low, path + QStringLiteral(".y"));
        coordinate(r.width, 1, path + QStringLiteral(".width"));
        coordinate(r.height, 1, path + QStringLiteral(".height"));
    }

    static void points(const QVector<Point>& list, qsizetype minimum, const QString& path)
    {
        const QString at = path + QStringLiteral(".points");
        if (list.size() < minimum)
            fail(at, QStringLiteral("needs at least %1 points").arg(minimum));
        if (list.size() > TmodelFormat::maximumPoints)
            fail(at, QStringLiteral("more than %1 points").arg(TmodelFormat::maximumPoints));
        const int low = -TmodelFormat::maximumCoordinate;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString point = indexed(at, std::size_t(i));
            coordinate(list.at(i).x, low, point + QStringLiteral(".x"));
            coordinate(list.at(i).y, low, point + QStringLiteral(".y"));
        }
    }

    void checkDiagram(qsizetype d)
    {
        const Diagram& diagram = m_model.diagrams.at(d);
        claim(diagram.id, Place{Place::Diagram, d, 0});
        QHash<QString, const Element*> onDiagram;
        onDiagram.reserve(diagram.elements.size());
        for (qsizetype i = 0; i < diagram.elements.size(); ++i) {
            const Element& e = diagram.elements.at(i);
            const Place place{Place::Element, d, i};
            claim(e.id, place);
            onDiagram.insert(e.id, &e);
            m_elements.insert(e.id);
            if (!e.type.isEmpty() && !IdGenerator::isAcceptable(e.type))
                fail(place.path() + QStringLiteral(".type"),
                     QStringLiteral("%1 is not a valid type name").arg(quoted(e.type)));
            if (e.kind == ElementKind::Flow)
                points(e.points, 0, place.path());
            else if (e.isLineBoundary())
                points(e.points, 2, place.path());
            else
                box(e.bounds, place.path());
            for (auto it = e.properties.cbegin(); it != e.properties.cend(); ++it) {
                if (it.key().isEmpty() || it.key().size() > TmodelFormat::maximumNameLength)
                    fail(place.path() + QStringLiteral(".properties"),
                         QStringLiteral("property names have 1 to %1 characters")
                             .arg(TmodelFormat::maximumNameLength));
            }
        }
        for (qsizetype i = 0; i < diagram.elements.size(); ++i) {
            const Element& e = diagram.elements.at(i);
            if (e.kind != ElementKind::Flow)
                continue;
            const QString path = Place{Place::Element, d, i}.path();
            endpoint(onDiagram, e.source, path + QStringLiteral(".source"));
            endpoint(onDiagram, e.target, path + QStringLiteral(".target"));
        }
    }

    void endpoint(const QHash<QString, const Element*>& onDiagram, const QString& id,
                  const QString& path) const
    {
        const Element* end = onDiagram.value(id);
        if (!end) {
            if (m_ids.contains(id))
                fail(path, QStringLiteral("element %1 is on another diagram; a flow connects "
                                          "elements of its own diagram")
                               .arg(quoted(id)));
            fail(path, QStringLiteral("no element with id %1").arg(quoted(id)));
        }
        if (!canBeFlowEndpoint(end->kind))
            fail(path, QStringLiteral("element %1 is a %2; a flow connects entities, processes "
                                      "and stores")
                           .arg(quoted(id), elementKindName(end->kind)));
    }

    void checkLibrary() const
    {
        if (m_model.embeddedLibrary.isEmpty())
            return;
        try {
            // One level below the document's root.
            const auto library =
                jsontext::parse(m_model.embeddedLibrary, TmodelFormat::maximumNesting - 1);
            if (library->IsObject())
                return;
        } catch (const FormatFailure& failure) {
            fail(QStringLiteral("library"), failure.error.message);
        }
        fail(QStringLiteral("library"), QStringLiteral("a rule library is a JSON object"));
    }

    void checkThreat(qsizetype i)
    {
        const Threat& t = m_model.threats.at(i);
        const QString path = Place{Place::Threat, i, 0}.path();
        claim(t.id, Place{Place::Threat, i, 0});
        if (t.origin == ThreatOrigin::Generated && t.rule.isEmpty())
            fail(path + QStringLiteral(".rule"),
                 QStringLiteral("a generated threat names its rule"));
        if (!IdGenerator::isAcceptable(t.element))
            fail(path + QStringLiteral(".element"),
                 QStringLiteral("%1 is not a valid id").arg(quoted(t.element)));
        // An obsolete threat may outlive its element: the register keeps its history.
        if (!t.obsolete && !m_elements.contains(t.element))
            fail(path + QStringLiteral(".element"),
                 QStringLiteral("no element with id %1").arg(quoted(t.element)));
        if (!ThreatCategory::isWellFormed(t.category))
            fail(path + QStringLiteral(".category"),
                 QStringLiteral("%1 is not a category name (lowercase letters, digits and _)")
                     .arg(quoted(t.category)));
        if (t.dread) {
            const DreadScore& s = *t.dread;
            for (int value : {s.damage, s.reproducibility, s.exploitability, s.affectedUsers,
                              s.discoverability}) {
                if (value < DreadScore::minimum || value > DreadScore::maximum)
                    fail(path + QStringLiteral(".dread"),
                         QStringLiteral("%1 is out of range (%2 to %3)")
                             .arg(value)
                             .arg(DreadScore::minimum)
                             .arg(DreadScore::maximum));
            }
        }
        if (t.risk) {
            for (int value : {t.risk->likelihood, t.risk->impact}) {
                if (value < RiskRating::minimum || value > RiskRating::maximum)
                    fail(path + QStringLiteral(".risk"),
                         QStringLiteral("%1 is out of range (%2 to %3)")
                             .arg(value)
                             .arg(RiskRating::minimum)
                             .arg(RiskRating::maximum));
            }
        }
        QSet<QString> linked;
        for (qsizetype m = 0; m < t.mitigations.size(); ++m) {
            const QString& id = t.mitigations.at(m);
            const QString at = indexed(path + QStringLiteral(".mitigations"), std::size_t(m));
            if (!m_mitigations.contains(id))
                fail(at, QStringLiteral("no mitigation with id %1").arg(quoted(id)));
            if (linked.contains(id))
                fail(at, QStringLiteral("mitigation %1 is linked twice").arg(quoted(id)));
            linked.insert(id);
        }
    }

    const Model& m_model;
    QHash<QString, Place> m_ids;
    QSet<QString> m_elements;
    QSet<QString> m_mitigations;
};

} // namespace

std::optional<FormatError> ModelChecks::firstProblem(const Model& model)
{
    try {
        Checker(model).run();
    } catch (const FormatFailure& failure) {
        return failure.error;
    }
    return std::nullopt;
}

} // namespace latch
