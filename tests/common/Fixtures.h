#pragma once

// Helpers for the tests of the importers and exporters: the fixtures made by other tools
// (tests/fixtures/) and ways of looking at what came in.
#include "model/Model.h"

#include <QFile>
#include <QStringList>

namespace latch::test {

inline QString fixture(const QString& name)
{
    return QStringLiteral(LATCH_SOURCE_DIR "/tests/fixtures/") + name;
}

inline QByteArray readFixture(const QString& name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline const Element* named(const Model& model, const QString& name)
{
    for (const Diagram& d : model.diagrams) {
        for (const Element& e : d.elements) {
            if (e.name == name)
                return &e;
        }
    }
    return nullptr;
}

// "name: source -> target" for every flow, sorted, for comparing endpoints by name.
inline QStringList flowsOf(const Model& model)
{
    QStringList flows;
    for (const Diagram& d : model.diagrams) {
        for (const Element& e : d.elements) {
            if (e.kind != ElementKind::Flow)
                continue;
            const Element* source = model.findElement(e.source);
            const Element* target = model.findElement(e.target);
            flows << QStringLiteral("%1: %2 -> %3")
                         .arg(e.name, source ? source->name : QStringLiteral("?"),
                              target ? target->name : QStringLiteral("?"));
        }
    }
    flows.sort();
    return flows;
}

} // namespace latch::test
