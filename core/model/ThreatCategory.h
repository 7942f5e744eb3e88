#pragma once

#include <QString>
#include <QStringList>

namespace latch {

// STRIDE categories as written in files and JSON output. A rule library may add its own
// categories (TMT templates have "Abuse", for instance), so a category is a string, not an enum.
namespace ThreatCategory {
inline const QString Spoofing = QStringLiteral("spoofing");
inline const QString Tampering = QStringLiteral("tampering");
inline const QString Repudiation = QStringLiteral("repudiation");
inline const QString InformationDisclosure = QStringLiteral("information_disclosure");
inline const QString DenialOfService = QStringLiteral("denial_of_service");
inline const QString ElevationOfPrivilege = QStringLiteral("elevation_of_privilege");

// The six in STRIDE order.
QStringList stride();
bool isStride(const QString& category);
// "S" -> "spoofing" ...; empty for anything else. Used by the schema 1 migration.
QString fromLetter(const QString& letter);
// A valid category name: lowercase letters, digits and underscores, starting with a letter.
bool isWellFormed(const QString& category);
} // namespace ThreatCategory

} // namespace latch
