#include "ModelChecks.h"

#include "JsonText.h"
#include "TmodelFormat.h"
#include "model/IdGenerator.h"
#include "model/Model.h"
#include "model/ThreatCategory.h"

#include <QHash>
#include <QSet>

#include <cstdlib>
#include <string_view>
#include <unordered_map>

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
        qsizetype ids = m_model.assets.size() + m_model.diagrams.size() +
                        m_model.mitigations.size() + m_model.threats.size();
        for (const Diagram& d : m_model.diagrams)
            ids += d.elements.size();
        m_ids.reserve(ids);
        checkAssets();
        if (m_model.diagrams.isEmpty())
            fail(QStringLiteral("diagrams"), QStringLiteral("a model needs at least one diagram"));
        for (qsizetype d = 0; d < m_model.diagrams.size(); ++d)
            checkDiagram(d);
        for (qsizetype i = 0; i < m_model.mitigations.size(); ++i)
            claim(m_model.mitigations.at(i).id, Place{Place::Mitigation, i, 0});
        checkLibrary();
        for (qsizetype i = 0; i < m_model.threats.size(); ++i)
            checkThreat(i);
        for (qsizetype i = 0; i < m_model.conflicts.size(); ++i)
            checkConflict(i);
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

    // The message's path is spelled out only when there is a problem: most things have none.
    [[noreturn]] static void failAt(const Place& place, const QString& field,
                                    const QString& message)
    {
        fail(place.path() + field, message);
    }

    void claim(const QString& id, const Place& place)
    {
        if (!IdGenerator::isAcceptable(id))
            failAt(place, QStringLiteral(".id"),
                   QStringLiteral("%1 is not a valid id (1 to %2 characters, no spaces)")
                       .arg(quoted(id), QString::number(IdGenerator::maximumLength)));
        const auto [found, added] = m_ids.try_emplace(key(id), place);
        if (!added)
            failAt(place, QStringLiteral(".id"),
                   QStringLiteral("duplicate id %1 (first used at %2)")
                       .arg(quoted(id), found->second.path() + QStringLiteral(".id")));
    }

    void checkAssets()
    {
        for (qsizetype i = 0; i < m_model.assets.size(); ++i) {
            const Asset& a = m_model.assets.at(i);
            const Place place{Place::Asset, i, 0};
            claim(a.id, place);
            if (!Asset::classifications().contains(a.classification))
                failAt(place, QStringLiteral(".classification"),
                       QStringLiteral("%1 is not one of %2")
                           .arg(quoted(a.classification),
                                Asset::classifications().join(QStringLiteral(", "))));
        }
    }

    static void inRange(int value, int minimum, int maximum, const Place& place,
                        const QString& field)
    {
        if (value < minimum || value > maximum)
            failAt(place, field,
                   QStringLiteral("%1 is out of range (%2 to %3)")
                       .arg(value)
                       .arg(minimum)
                       .arg(maximum));
    }

    static void box(const Rect& r, const Place& place)
    {
        const int far = TmodelFormat::maximumCoordinate;
        inRange(r.x, -far, far, place, QStringLiteral(".x"));
        inRange(r.y, -far, far, place, QStringLiteral(".y"));
        inRange(r.width, 1, far, place, QStringLiteral(".width"));
        inRange(r.height, 1, far, place, QStringLiteral(".height"));
    }

    static void points(const QVector<Point>& list, qsizetype minimum, const Place& place)
    {
        if (list.size() < minimum)
            failAt(place, QStringLiteral(".points"),
                   QStringLiteral("needs at least %1 points").arg(minimum));
        if (list.size() > TmodelFormat::maximumPoints)
            failAt(place, QStringLiteral(".points"),
                   QStringLiteral("more than %1 points").arg(TmodelFormat::maximumPoints));
        const int far = TmodelFormat::maximumCoordinate;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Point& p = list.at(i);
            if (std::max(std::abs(p.x), std::abs(p.y)) <= far)
                continue;
            const QString point = QStringLiteral(".points[%1]").arg(i);
            inRange(p.x, -far, far, place, point + QStringLiteral(".x"));
            inRange(p.y, -far, far, place, point + QStringLiteral(".y"));
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
            if (!e.type.isEmpty() && !IdGenerator::isAcceptable(e.type))
                failAt(place, QStringLiteral(".type"),
                       QStringLiteral("%1 is not a valid type name").arg(quoted(e.type)));
            if (e.kind == ElementKind::Flow)
                points(e.points, 0, place);
            else if (e.isLineBoundary())
                points(e.points, 2, place);
            else
                box(e.bounds, place);
            for (auto it = e.properties.cbegin(); it != e.properties.cend(); ++it) {
                if (it.key().isEmpty() || it.key().size() > TmodelFormat::maximumNameLength)
                    failAt(place, QStringLiteral(".properties"),
                           QStringLiteral("property names have 1 to %1 characters")
                               .arg(TmodelFormat::maximumNameLength));
            }
        }
        for (qsizetype i = 0; i < diagram.elements.size(); ++i) {
            const Element& e = diagram.elements.at(i);
            if (e.kind != ElementKind::Flow)
                continue;
            const Place place{Place::Element, d, i};
            endpoint(onDiagram, e.source, place, QStringLiteral(".source"));
            endpoint(onDiagram, e.target, place, QStringLiteral(".target"));
        }
    }

    void endpoint(const QHash<QString, const Element*>& onDiagram, const QString& id,
                  const Place& place, const QString& field) const
    {
        const Element* end = onDiagram.value(id);
        if (!end) {
            if (m_ids.count(key(id)))
                failAt(place, field,
                       QStringLiteral("element %1 is on another diagram; a flow connects "
                                      "elements of its own diagram")
                           .arg(quoted(id)));
            failAt(place, field, QStringLiteral("no element with id %1").arg(quoted(id)));
        }
        if (!canBeFlowEndpoint(end->kind))
            failAt(place, field,
                   QStringLiteral("element %1 is a %2; a flow connects entities, processes "
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
        const Place place{Place::Threat, i, 0};
        claim(t.id, place);
        if (t.origin == ThreatOrigin::Generated && t.rule.isEmpty())
            failAt(place, QStringLiteral(".rule"),
                   QStringLiteral("a generated threat names its rule"));
        if (!IdGenerator::isAcceptable(t.element))
            failAt(place, QStringLiteral(".element"),
                   QStringLiteral("%1 is not a valid id").arg(quoted(t.element)));
        // An obsolete threat may outlive its element: the register keeps its history.
        if (!t.obsolete && !is(t.element, Place::Element))
            failAt(place, QStringLiteral(".element"),
                   QStringLiteral("no element with id %1").arg(quoted(t.element)));
        if (!ThreatCategory::isWellFormed(t.category))
            failAt(place, QStringLiteral(".category"),
                   QStringLiteral("%1 is not a category name (lowercase letters, digits and _)")
                       .arg(quoted(t.category)));
        if (const auto& s = t.dread) {
            for (int value : {s->damage, s->reproducibility, s->exploitability, s->affectedUsers,
                              s->discoverability})
                inRange(value, DreadScore::minimum, DreadScore::maximum, place,
                        QStringLiteral(".dread"));
        }
        if (t.risk) {
            for (int value : {t.risk->likelihood, t.risk->impact})
                inRange(value, RiskRating::minimum, RiskRating::maximum, place,
                        QStringLiteral(".risk"));
        }
        for (qsizetype m = 0; m < t.mitigations.size(); ++m) {
            const QString& id = t.mitigations.at(m);
            if (is(id, Place::Mitigation) && t.mitigations.indexOf(id) == m)
                continue;
            const QString field = QStringLiteral(".mitigations[%1]").arg(m);
            if (!is(id, Place::Mitigation))
                failAt(place, field, QStringLiteral("no mitigation with id %1").arg(quoted(id)));
            if (t.mitigations.indexOf(id) != m)
                failAt(place, field,
                       QStringLiteral("mitigation %1 is linked twice").arg(quoted(id)));
        }
    }

    void checkConflict(qsizetype i) const
    {
        const MergeConflict& c = m_model.conflicts.at(i);
        const QString place = indexed(QStringLiteral("conflicts"), std::size_t(i));
        if (!MergeConflict::subjects().contains(c.subject))
            fail(place + QStringLiteral(".subject"),
                 QStringLiteral("unknown subject %1").arg(quoted(c.subject)));
        if (!MergeConflict::reasons().contains(c.reason))
            fail(place + QStringLiteral(".reason"),
                 QStringLiteral("unknown reason %1").arg(quoted(c.reason)));
    }

    bool is(const QString& id, Place::Kind kind) const
    {
        const auto it = m_ids.find(key(id));
        return it != m_ids.end() && it->second.kind == kind;
    }

    const Model& m_model;
    // The model's strings outlive the checker, so views of them are keys enough.
    static std::u16string_view key(const QString& id)
    {
        return {reinterpret_cast<const char16_t*>(id.constData()), std::size_t(id.size())};
    }

    // Every id of the model, and where it is (std's hash: a large model has 150k ids).
    std::unordered_map<std::u16string_view, Place> m_ids;
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
