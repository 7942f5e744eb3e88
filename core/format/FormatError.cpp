#include "FormatError.h"

namespace latch {

QString FormatError::toString(const QString& fileName) const
{
    QString text = fileName;
    if (line > 0)
        text +=
            QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column);
    text += QStringLiteral(": ");
    if (!path.isEmpty())
        text += path + QStringLiteral(": ");
    return text + message;
}

} // namespace latch
