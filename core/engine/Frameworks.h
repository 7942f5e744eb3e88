#pragma once

#include <QString>
#include <QStringList>

namespace latch {

// The threat frameworks built into Latch, each a rule library compiled in beside the others:
// STRIDE (builtin.json, with the OWASP API Top 10 and OAuth rules), LINDDUN (linddun.json,
// privacy) and CIA (cia.json). Every Latch knows all three, so their threats' texts are
// always rendered from the rules; a model chooses which of them generate threats. Rules of
// any other library (a team's, a model's own, a TMT template) always apply.
class Frameworks
{
public:
    // "stride", "linddun", "cia": the order in which a model file lists them.
    static const QStringList& names();
    // What a model uses when it says nothing: STRIDE alone.
    static const QStringList& defaults();
    // "STRIDE", "LINDDUN", "CIA".
    static QString displayName(const QString& name);
    // 1, 2 or 3 for the framework a library id belongs to ("latch.builtin" is STRIDE); 0 for
    // any other library.
    static int indexOfLibrary(const QString& libraryId);
    // The frameworks as one bit each (1 << index), for a quick test per rule.
    static unsigned maskOf(const QStringList& frameworks);
    // Whether a rule or property of framework `index` (0: of no framework) is in play under
    // `mask`: always for 0, else when its framework is chosen.
    static bool applies(int index, unsigned mask)
    {
        return index == 0 || (mask & (1u << index)) != 0;
    }
    // "stride", "linddun", "cia" for 1, 2, 3.
    static QString nameOf(int index) { return names().value(index - 1); }
    // `frameworks` in canonical order without repeats; an unknown name is left out and put
    // into `unknown` when given.
    static QStringList canonical(const QStringList& frameworks, QString* unknown = nullptr);
    // 'unknown framework "x" (expected stride, linddun, cia)', the file's and the CLI's error.
    static QString unknownError(const QString& name);
    // The compiled-in library files, in load order (resource paths and file names).
    static QStringList libraryResources();
};

} // namespace latch
