#include "MergeConflict.h"

#include <QStringList>

namespace latch {

QStringList MergeConflict::subjects()
{
    return {QStringLiteral("model"),   QStringLiteral("asset"),  QStringLiteral("diagram"),
            QStringLiteral("element"), QStringLiteral("threat"), QStringLiteral("mitigation")};
}

QStringList MergeConflict::reasons()
{
    return {QStringLiteral("changed"), QStringLiteral("removed"), QStringLiteral("in-use")};
}

} // namespace latch
