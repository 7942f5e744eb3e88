#include "IdGenerator.h"

#include <QRandomGenerator>

#include <algorithm>

namespace latch {

namespace {

QChar prefixOf(IdKind kind)
{
    switch (kind) {
    case IdKind::Diagram:
        return QLatin1Char('d');
    case IdKind::Element:
        return QLatin1Char('e');
    case IdKind::Threat:
        return QLatin1Char('t');
    case IdKind::Mitigation:
        return QLatin1Char('m');
    case IdKind::Asset:
        return QLatin1Char('a');
    }
    return QLatin1Char('x');
}

} // namespace

QString IdGenerator::newId(IdKind kind)
{
    const quint64 bits = QRandomGenerator::system()->generate64() & 0xFFFFFFFFFFFFull;
    return QString(prefixOf(kind)) + QLatin1Char('-') +
           QStringLiteral("%1").arg(bits, 12, 16, QLatin1Char('0'));
}

bool IdGenerator::isAcceptable(const QString& id)
{
    if (id.isEmpty() || id.size() > maximumLength)
        return false;
    // Checked for every id of every file read or written: printable ASCII needs no tables.
    return std::none_of(id.cbegin(), id.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        if (u > 0x20 && u < 0x7F)
            return false;
        return c.isSpace() || c.category() == QChar::Other_Control;
    });
}

} // namespace latch
