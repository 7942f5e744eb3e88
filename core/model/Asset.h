#pragma once

#include <QString>
#include <QStringList>

namespace latch {

// Something worth protecting (step 1 of the process), with its data classification.
struct Asset
{
    QString id;
    QString name;
    QString classification; // one of Asset::classifications()
    QString description;

    static QStringList classifications()
    {
        return {QStringLiteral("public"), QStringLiteral("internal"),
                QStringLiteral("confidential"), QStringLiteral("restricted")};
    }

    friend bool operator==(const Asset& a, const Asset& b)
    {
        return a.id == b.id && a.name == b.name && a.classification == b.classification &&
               a.description == b.description;
    }
    friend bool operator!=(const Asset& a, const Asset& b) { return !(a == b); }
};

} // namespace latch

// Plain values: Qt containers may move them with memcpy when they grow.
Q_DECLARE_TYPEINFO(latch::Asset, Q_RELOCATABLE_TYPE);
