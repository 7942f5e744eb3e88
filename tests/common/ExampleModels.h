#pragma once

// The examples in resources/examples/ as the editor suites change them: a model loaded,
// an element found by its name, an element removed as the editor removes it.
#include "ExamplePaths.h"
#include "format/ModelFile.h"
#include "model/Model.h"

#include <algorithm>

namespace latch::test {

inline Model loadExample(const char* name)
{
    QString error;
    auto model = ModelFile::load(example(name), &error);
    if (!model)
        qFatal("%s", qPrintable(error));
    return *model;
}

inline Element& elementNamed(Model& model, const QString& name)
{
    for (Diagram& d : model.diagrams) {
        for (Element& e : d.elements) {
            if (e.name == name)
                return e;
        }
    }
    qFatal("no element %s", qPrintable(name));
}

// The element and the flows at it go; their threats stay, obsolete, as the editor leaves them.
inline void removeWithFlows(Model& model, const QString& id)
{
    for (Diagram& d : model.diagrams) {
        QVector<Element>& list = d.elements;
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const Element& e) {
                                      return e.id == id || e.source == id || e.target == id;
                                  }),
                   list.end());
    }
    for (Threat& t : model.threats)
        t.obsolete = t.obsolete || !model.findElement(t.element);
}

} // namespace latch::test
