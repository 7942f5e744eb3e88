#pragma once

// Builds small models in tests without repeating struct plumbing.

#include "model/Model.h"

#include <QString>

namespace latch::test {

class ModelBuilder
{
public:
    explicit ModelBuilder(const QString& title = QStringLiteral("Test model"))
    {
        m_model.title = title;
        diagram(QStringLiteral("d-main"), QStringLiteral("Main"));
    }

    ModelBuilder& diagram(const QString& id, const QString& name)
    {
        Diagram d;
        d.id = id;
        d.name = name;
        m_model.diagrams.append(d);
        return *this;
    }

    ModelBuilder& box(ElementKind kind, const QString& id, const QString& name, Rect bounds,
                      const QVariantMap& properties = {})
    {
        Element e;
        e.id = id;
        e.kind = kind;
        e.name = name;
        e.bounds = bounds;
        e.properties = properties;
        current().elements.append(e);
        return *this;
    }

    ModelBuilder& flow(const QString& id, const QString& source, const QString& target,
                       const QVector<Point>& bends = {}, const QString& name = {})
    {
        Element e;
        e.id = id;
        e.kind = ElementKind::Flow;
        e.name = name.isEmpty() ? id : name;
        e.source = source;
        e.target = target;
        e.points = bends;
        current().elements.append(e);
        return *this;
    }

    ModelBuilder& region(const QString& id, Rect bounds)
    {
        Element e;
        e.id = id;
        e.kind = ElementKind::Boundary;
        e.shape = BoundaryShape::Region;
        e.name = id;
        e.bounds = bounds;
        current().elements.append(e);
        return *this;
    }

    ModelBuilder& line(const QString& id, const QVector<Point>& points)
    {
        Element e;
        e.id = id;
        e.kind = ElementKind::Boundary;
        e.shape = BoundaryShape::Line;
        e.name = id;
        e.points = points;
        current().elements.append(e);
        return *this;
    }

    ModelBuilder& threat(const Threat& t)
    {
        m_model.threats.append(t);
        return *this;
    }

    ModelBuilder& mitigation(const Mitigation& m)
    {
        m_model.mitigations.append(m);
        return *this;
    }

    Model& model() { return m_model; }
    const Model& model() const { return m_model; }
    Diagram& current() { return m_model.diagrams.last(); }

private:
    Model m_model;
};

} // namespace latch::test
