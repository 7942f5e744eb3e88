#include "ThreatCategory.h"

namespace latch::ThreatCategory {

QStringList stride()
{
    return {Spoofing,        Tampering,           Repudiation, InformationDisclosure,
            DenialOfService, ElevationOfPrivilege};
}

bool isStride(const QString& category)
{
    return stride().contains(category);
}

QString fromLetter(const QString& letter)
{
    const QStringList all = stride();
    static const QString letters = QStringLiteral("STRIDE");
    if (letter.size() != 1)
        return {};
    const qsizetype index = letters.indexOf(letter.at(0));
    return index < 0 ? QString() : all.at(index);
}

bool isWellFormed(const QString& category)
{
    if (category.isEmpty() || category.size() > 64 || !category.at(0).isLower())
        return false;
    for (QChar c : category) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace latch::ThreatCategory
