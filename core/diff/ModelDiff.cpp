#include "ModelDiff.h"

#include "model/BoundaryGeometry.h"
#include "model/Model.h"
#include "register/ThreatRegister.h"

#include <QHash>

#include <algorithm>
#include <memory>
#include <vector>

namespace latch {

namespace {

using Rank = ModelChange::Rank;

QString valueText(const QVariant& value)
{
    if (!value.isValid())
        return {};
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QString pointsText(const QVector<Point>& points)
{
    QStringList parts;
    for (const Point& p : points)
        parts << QStringLiteral("(%1, %2)").arg(p.x).arg(p.y);
    return parts.join(QLatin1Char(' '));
}

QString scoreText(const Threat& t)
{
    if (!t.dread)
        return {};
    return QString::number(t.dread->composite(), 'f', 1);
}

QString riskText(const Threat& t)
{
    return t.risk ? QStringLiteral("%1 × %2").arg(t.risk->likelihood).arg(t.risk->impact)
                  : QString();
}

// One version of the model, indexed: each element with its diagram and the boundaries that
// make its meaning (those a flow crosses, those an element lies in), named.
class Side
{
public:
    explicit Side(const Model& model)
        : m_model(model)
    {
        for (int d = 0; d < model.diagrams.size(); ++d) {
            const Diagram& diagram = model.diagrams.at(d);
            m_geometry.push_back(std::make_unique<BoundaryGeometry>(diagram));
            for (const Element& e : diagram.elements)
                m_elements.insert(e.id, {&e, d});
        }
        for (const Threat& t : model.threats)
            m_threats.insert(t.id, &t);
        for (const Mitigation& m : model.mitigations)
            m_mitigations.insert(m.id, &m);
    }

    const Element* element(const QString& id) const { return m_elements.value(id).element; }
    QString diagramName(const QString& id) const
    {
        const int d = m_elements.value(id).diagram;
        return d >= 0 ? m_model.diagrams.at(d).name : QString();
    }
    QString nameOf(const QString& id) const
    {
        const Element* e = element(id);
        return e ? e->name : id;
    }
    // The boundaries that give an element its meaning: crossed by a flow, around anything else.
    QString boundaries(const Element& e) const
    {
        const int d = m_elements.value(e.id).diagram;
        if (d < 0 || e.kind == ElementKind::Boundary || e.kind == ElementKind::Note)
            return {};
        const BoundaryGeometry& g = *m_geometry.at(std::size_t(d));
        const QStringList ids = e.kind == ElementKind::Flow ? g.crossings(e) : g.regionsAround(e);
        QStringList names;
        for (const QString& id : ids)
            names << nameOf(id);
        return names.join(QStringLiteral(", "));
    }
    const Threat* threat(const QString& id) const { return m_threats.value(id); }
    const Mitigation* mitigation(const QString& id) const { return m_mitigations.value(id); }
    const Model& model() const { return m_model; }

private:
    struct Place
    {
        const Element* element = nullptr;
        int diagram = -1;
    };
    const Model& m_model;
    std::vector<std::unique_ptr<BoundaryGeometry>> m_geometry;
    QHash<QString, Place> m_elements;
    QHash<QString, const Threat*> m_threats;
    QHash<QString, const Mitigation*> m_mitigations;
};

class Differ
{
public:
    Differ(const Model& before, const Model& after)
        : m_a(before)
        , m_b(after)
    {
    }

    QVector<ModelChange> run()
    {
        objectives();
        diagrams();
        elements();
        threats();
        mitigations();
        std::stable_sort(
            m_changes.begin(), m_changes.end(),
            [](const ModelChange& x, const ModelChange& y) { return x.rank < y.rank; });
        return m_changes;
    }

private:
    void add(Rank rank, const QString& subject, const QString& id, const QString& name,
             const QString& change, const QString& field = {}, const QString& before = {},
             const QString& after = {})
    {
        m_changes.append({rank, subject, id, name, change, field, before, after});
    }

    void objectives()
    {
        const Model& a = m_a.model();
        const Model& b = m_b.model();
        auto field = [&](const char* name, const QString& x, const QString& y) {
            if (x != y)
                add(Rank::Meaning, QStringLiteral("model"), {}, b.title,
                    QStringLiteral("objective"), QLatin1String(name), x, y);
        };
        field("title", a.title, b.title);
        field("owner", a.owner, b.owner);
        field("reviewers", a.reviewers.join(QStringLiteral(", ")),
              b.reviewers.join(QStringLiteral(", ")));
        field("description", a.description, b.description);
        field("scope", a.scope, b.scope);
        field("riskMethod", riskMethodName(a.riskMethod), riskMethodName(b.riskMethod));
        field("compliance", a.compliance.join(QStringLiteral(", ")),
              b.compliance.join(QStringLiteral(", ")));
        field("frameworks", a.frameworks.join(QStringLiteral(", ")),
              b.frameworks.join(QStringLiteral(", ")));
        QHash<QString, const Asset*> before;
        for (const Asset& asset : a.assets)
            before.insert(asset.id, &asset);
        for (const Asset& asset : b.assets) {
            const Asset* old = before.take(asset.id);
            if (!old)
                add(Rank::Meaning, QStringLiteral("asset"), asset.id, asset.name,
                    QStringLiteral("added"), {}, {}, asset.classification);
            else if (*old != asset)
                add(Rank::Meaning, QStringLiteral("asset"), asset.id, asset.name,
                    QStringLiteral("changed"), QStringLiteral("classification"),
                    old->classification, asset.classification);
        }
        for (const Asset& asset : a.assets) {
            if (before.contains(asset.id))
                add(Rank::Meaning, QStringLiteral("asset"), asset.id, asset.name,
                    QStringLiteral("removed"));
        }
        if (a.embeddedLibrary != b.embeddedLibrary)
            add(Rank::Meaning, QStringLiteral("model"), {}, b.title, QStringLiteral("library"));
    }

    void diagrams()
    {
        QHash<QString, const Diagram*> before;
        for (const Diagram& d : m_a.model().diagrams)
            before.insert(d.id, &d);
        for (const Diagram& d : m_b.model().diagrams) {
            const Diagram* old = before.take(d.id);
            if (!old)
                add(Rank::Meaning, QStringLiteral("diagram"), d.id, d.name,
                    QStringLiteral("added"));
            else if (old->name != d.name)
                add(Rank::Meaning, QStringLiteral("diagram"), d.id, d.name,
                    QStringLiteral("renamed"), {}, old->name, d.name);
        }
        for (const Diagram& d : m_a.model().diagrams) {
            if (before.contains(d.id))
                add(Rank::Meaning, QStringLiteral("diagram"), d.id, d.name,
                    QStringLiteral("removed"));
        }
    }

    void elements()
    {
        for (const Diagram& diagram : m_b.model().diagrams) {
            for (const Element& e : diagram.elements) {
                const Element* old = m_a.element(e.id);
                if (!old) {
                    added(e);
                    continue;
                }
                changed(*old, e);
            }
        }
        for (const Diagram& diagram : m_a.model().diagrams) {
            for (const Element& e : diagram.elements) {
                if (!m_b.element(e.id))
                    add(Rank::Meaning, elementKindName(e.kind), e.id, e.name,
                        QStringLiteral("removed"), {}, m_a.diagramName(e.id));
            }
        }
    }

    void added(const Element& e)
    {
        const QString kind = elementKindName(e.kind);
        QString what = m_b.diagramName(e.id);
        if (e.kind == ElementKind::Flow)
            what = m_b.nameOf(e.source) + QStringLiteral(" → ") + m_b.nameOf(e.target);
        add(Rank::Meaning, kind, e.id, e.name, QStringLiteral("added"), {}, {}, what);
        const QString boundaries = m_b.boundaries(e);
        if (!boundaries.isEmpty())
            add(Rank::Security, kind, e.id, e.name,
                e.kind == ElementKind::Flow ? QStringLiteral("crossings")
                                            : QStringLiteral("regions"),
                {}, {}, boundaries);
    }

    void changed(const Element& a, const Element& b)
    {
        const QString kind = elementKindName(b.kind);
        auto meaning = [&](const char* change, const QString& x, const QString& y) {
            if (x != y)
                add(Rank::Meaning, kind, b.id, b.name, QLatin1String(change), {}, x, y);
        };
        meaning("renamed", a.name, b.name);
        meaning("retyped", a.effectiveType(), b.effectiveType());
        meaning("described", a.description, b.description);
        meaning("diagram", m_a.diagramName(a.id), m_b.diagramName(b.id));
        if (b.kind == ElementKind::Flow) {
            // By id: an end that was only renamed is no new end.
            if (a.source != b.source || a.target != b.target)
                add(Rank::Meaning, kind, b.id, b.name, QStringLiteral("repointed"), {},
                    m_a.nameOf(a.source) + QStringLiteral(" → ") + m_a.nameOf(a.target),
                    m_b.nameOf(b.source) + QStringLiteral(" → ") + m_b.nameOf(b.target));
            if (a.bidirectional != b.bidirectional)
                meaning("direction", a.bidirectional ? QStringLiteral("both ways") : QString(),
                        b.bidirectional ? QStringLiteral("both ways") : QString());
        }
        QStringList keys = a.properties.keys() + b.properties.keys();
        keys.sort();
        keys.removeDuplicates();
        for (const QString& key : std::as_const(keys)) {
            const QString x = valueText(a.properties.value(key));
            const QString y = valueText(b.properties.value(key));
            if (x != y)
                add(Rank::Meaning, kind, b.id, b.name, QStringLiteral("property"), key, x, y);
        }
        const QString boundariesBefore = m_a.boundaries(a);
        const QString boundariesAfter = m_b.boundaries(b);
        if (boundariesBefore != boundariesAfter)
            add(Rank::Security, kind, b.id, b.name,
                b.kind == ElementKind::Flow ? QStringLiteral("crossings")
                                            : QStringLiteral("regions"),
                {}, boundariesBefore, boundariesAfter);
        // Layout: where and how big, bend points and line vertices. A flow or a line boundary
        // has no box of its own: its points say where it runs.
        const bool box = b.kind != ElementKind::Flow && !b.isLineBoundary();
        if (box && (a.bounds.x != b.bounds.x || a.bounds.y != b.bounds.y))
            add(Rank::Layout, kind, b.id, b.name, QStringLiteral("moved"), {},
                QStringLiteral("(%1, %2)").arg(a.bounds.x).arg(a.bounds.y),
                QStringLiteral("(%1, %2)").arg(b.bounds.x).arg(b.bounds.y));
        if (box && (a.bounds.width != b.bounds.width || a.bounds.height != b.bounds.height))
            add(Rank::Layout, kind, b.id, b.name, QStringLiteral("resized"), {},
                QStringLiteral("%1 × %2").arg(a.bounds.width).arg(a.bounds.height),
                QStringLiteral("%1 × %2").arg(b.bounds.width).arg(b.bounds.height));
        if (a.points != b.points || a.shape != b.shape)
            add(Rank::Layout, kind, b.id, b.name, QStringLiteral("reshaped"), {},
                pointsText(a.points), pointsText(b.points));
        if (a.curved != b.curved)
            add(Rank::Layout, kind, b.id, b.name, QStringLiteral("reshaped"),
                QStringLiteral("curve"),
                a.curved ? QStringLiteral("curved") : QStringLiteral("straight"),
                b.curved ? QStringLiteral("curved") : QStringLiteral("straight"));
        if (a.labelOffset != b.labelOffset)
            add(Rank::Layout, kind, b.id, b.name, QStringLiteral("moved"), QStringLiteral("label"),
                QStringLiteral("(%1, %2)").arg(a.labelOffset.x).arg(a.labelOffset.y),
                QStringLiteral("(%1, %2)").arg(b.labelOffset.x).arg(b.labelOffset.y));
    }

    // "Title [element]", the element named as the side has it, or as the other side had it
    // when it is gone (a threat left obsolete by a removal).
    QString threatName(const Threat& t, const Side& side) const
    {
        const Side& named = side.element(t.element) ? side : (&side == &m_b ? m_a : m_b);
        return t.title + QStringLiteral(" [") + named.nameOf(t.element) + QLatin1Char(']');
    }

    void threats()
    {
        for (const Threat& t : m_b.model().threats) {
            const Threat* old = m_a.threat(t.id);
            const QString name = threatName(t, m_b);
            if (!old) {
                if (!t.obsolete)
                    add(Rank::Security, QStringLiteral("threat"), t.id, name,
                        QStringLiteral("added"), {}, {}, threatStatusName(t.status));
                continue;
            }
            threatChanged(*old, t, name);
        }
        for (const Threat& t : m_a.model().threats) {
            if (!m_b.threat(t.id))
                add(t.obsolete ? Rank::Meaning : Rank::Security, QStringLiteral("threat"), t.id,
                    threatName(t, m_a), QStringLiteral("removed"), {}, threatStatusName(t.status));
        }
    }

    void threatChanged(const Threat& a, const Threat& b, const QString& name)
    {
        const QString subject = QStringLiteral("threat");
        auto put = [&](Rank rank, const char* change, const QString& x, const QString& y,
                       const QString& field = {}) {
            if (x != y)
                add(rank, subject, b.id, name, QLatin1String(change), field, x, y);
        };
        if (a.obsolete != b.obsolete)
            add(Rank::Security, subject, b.id, name,
                b.obsolete ? QStringLiteral("obsolete") : QStringLiteral("revived"));
        put(Rank::Security, "status", threatStatusName(a.status), threatStatusName(b.status));
        put(Rank::Meaning, "justification", a.justification, b.justification);
        const double scoreA = a.dread ? a.dread->composite() : 0;
        const double scoreB = b.dread ? b.dread->composite() : 0;
        if (a.dread != b.dread)
            add(scoreB > scoreA ? Rank::Security : Rank::Meaning, subject, b.id, name,
                QStringLiteral("dread"), {}, scoreText(a), scoreText(b));
        const int riskA = a.risk ? a.risk->product() : 0;
        const int riskB = b.risk ? b.risk->product() : 0;
        if (a.risk != b.risk)
            add(riskB > riskA ? Rank::Security : Rank::Meaning, subject, b.id, name,
                QStringLiteral("risk"), {}, riskText(a), riskText(b));
        put(Rank::Meaning, "title", a.title, b.title);
        put(Rank::Meaning, "category", ThreatRegister::readable(a.category),
            ThreatRegister::readable(b.category));
        put(Rank::Meaning, "description", a.description, b.description);
        for (const QString& id : b.mitigations) {
            if (!a.mitigations.contains(id))
                add(Rank::Meaning, subject, b.id, name, QStringLiteral("linked"), id, {},
                    mitigationTitle(id));
        }
        for (const QString& id : a.mitigations) {
            if (!b.mitigations.contains(id))
                add(Rank::Meaning, subject, b.id, name, QStringLiteral("unlinked"), id,
                    mitigationTitle(id), {});
        }
    }

    QString mitigationTitle(const QString& id) const
    {
        const Mitigation* m = m_b.mitigation(id);
        if (!m)
            m = m_a.mitigation(id);
        return m ? m->title : id;
    }

    void mitigations()
    {
        const QString subject = QStringLiteral("mitigation");
        for (const Mitigation& m : m_b.model().mitigations) {
            const Mitigation* old = m_a.mitigation(m.id);
            if (!old) {
                add(Rank::Meaning, subject, m.id, m.title, QStringLiteral("added"), {}, {},
                    mitigationStatusName(m.status));
                continue;
            }
            auto put = [&](const char* change, const QString& x, const QString& y) {
                if (x != y)
                    add(Rank::Meaning, subject, m.id, m.title, QLatin1String(change), {}, x, y);
            };
            put("renamed", old->title, m.title);
            put("status", mitigationStatusName(old->status), mitigationStatusName(m.status));
            put("description", old->description, m.description);
        }
        for (const Mitigation& m : m_a.model().mitigations) {
            if (!m_b.mitigation(m.id))
                add(Rank::Meaning, subject, m.id, m.title, QStringLiteral("removed"));
        }
    }

    Side m_a;
    Side m_b;
    QVector<ModelChange> m_changes;
};

} // namespace

QVector<ModelChange> ModelDiff::compare(const Model& before, const Model& after)
{
    return Differ(before, after).run();
}

QVector<ModelChange> ModelDiff::withoutLayout(const QVector<ModelChange>& changes)
{
    QVector<ModelChange> kept;
    for (const ModelChange& c : changes) {
        if (c.rank != ModelChange::Rank::Layout)
            kept.append(c);
    }
    return kept;
}

QString ModelDiff::rankName(ModelChange::Rank rank)
{
    switch (rank) {
    case ModelChange::Rank::Security:
        return QStringLiteral("security");
    case ModelChange::Rank::Meaning:
        return QStringLiteral("meaning");
    case ModelChange::Rank::Layout:
        return QStringLiteral("layout");
    }
    return {};
}

QString ModelDiff::elementOf(const ModelChange& change, const Model& before, const Model& after)
{
    if (change.subject == QLatin1String("threat")) {
        const Threat* t = after.findThreat(change.id);
        if (!t)
            t = before.findThreat(change.id);
        return t ? t->element : QString();
    }
    for (const char* notOnCanvas : {"model", "diagram", "asset", "mitigation"}) {
        if (change.subject == QLatin1String(notOnCanvas))
            return {};
    }
    return change.id;
}

} // namespace latch
