#pragma once

#include "Element.h"

#include <QString>
#include <QVector>

namespace latch {

// A named page of the model. Elements are kept in creation order.
struct Diagram
{
    QString id;
    QString name;
    QVector<Element> elements;

    const Element* findElement(const QString& elementId) const;
    Element* findElement(const QString& elementId);

    friend bool operator==(const Diagram& a, const Diagram& b)
    {
        return a.id == b.id && a.name == b.name && a.elements == b.elements;
    }
    friend bool operator!=(const Diagram& a, const Diagram& b) { return !(a == b); }
};

} // namespace latch

// Plain values: Qt containers may move them with memcpy when they grow.
Q_DECLARE_TYPEINFO(latch::Diagram, Q_RELOCATABLE_TYPE);
