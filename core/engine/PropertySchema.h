#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace latch {

// One typed property of an element kind or type, as the rule library declares it. The editor
// builds its property panel from these; conditions read the value or, when unset, the default.
struct PropertySchema
{
    enum class Type
    {
        Bool,
        Enum,
        String,
        Number
    };

    QString name;
    QString label;
    Type type = Type::Bool;
    QStringList values; // for Enum
    QVariant defaultValue;
    QString description;
    // 1, 2 or 3 when a built-in framework's library declares it (Frameworks), else 0: the
    // editor shows a framework's properties while the model uses that framework.
    int framework = 0;

    static QString typeName(Type type);
};

} // namespace latch
