#pragma once

#include <QString>

namespace latch {

enum class RiskBand;
enum class ThreatStatus;
enum class MitigationStatus;

// The words the file format uses ("in_progress", "information_disclosure", "high") as the
// editor shows them, translated. Files and the command line keep the format's own names.
class DisplayNames
{
public:
    static QString status(ThreatStatus status);
    static QString mitigationStatus(MitigationStatus status);
    static QString band(RiskBand band);
    // The categories of the built-in frameworks (STRIDE, LINDDUN, CIA) translated; a library's
    // own category made readable.
    static QString category(const QString& id);
    static QString classification(const QString& id);
    // What a semantic diff (ModelChange) is about ("process", "threat") and what happened to
    // it ("added", "repointed", "crossings").
    static QString diffSubject(const QString& subject);
    static QString diffChange(const QString& change);
    // Any of the names above, recognised by its text ("in_progress", "spoofing", "high").
    static QString of(const QString& name);
};

} // namespace latch
