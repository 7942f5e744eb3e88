#pragma once

#include <QString>

namespace latch {

// A threat category a library describes (the STRIDE six, or its own such as "abuse").
struct LibraryCategory
{
    QString id;
    QString name;
    QString description;
};

// A countermeasure in a library's catalog, suggested by rules. A model's own mitigations are
// created from these (see Mitigation).
struct LibraryMitigation
{
    QString id;
    QString title;
    QString description;
};

} // namespace latch
