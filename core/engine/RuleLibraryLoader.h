#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace latch {

class RuleLibrary;

// Reads rule library JSON (resources/rules/README.md) into a RuleLibrary. Every condition and
// template is parsed here, once; property names and types are checked against the schemas. A
// failure leaves the library unchanged and gives one line naming the file, the rule and the
// column: "mine.json: rules[3] (ACME-1): condition, column 17: unknown property "rateLimted"".
class RuleLibraryLoader
{
public:
    // A library is refused above 16 MiB or nested deeper than this many levels, before it is
    // parsed. Whoever reads a library file for the loader (RuleLibraryFile) checks the same.
    static constexpr qint64 maximumSize = 16ll * 1024 * 1024;
    static constexpr int maximumNesting = 16;

    static bool load(const QByteArray& bytes, const QString& sourceName, RuleLibrary& library,
                     QString* error);
    // A model's own library (its `library` key): its rules are portable (Rule::portable).
    static bool loadModelLibrary(const QByteArray& bytes, const QString& sourceName,
                                 RuleLibrary& library, QString* error);
    static bool loadFile(const QString& path, RuleLibrary& library, QString* error);

    // The libraries compiled into Latch: resources/rules/builtin.json (STRIDE), linddun.json
    // and cia.json (Frameworks).
    static bool loadBuiltin(RuleLibrary& library, QString* error);
    // Every *.json in the folder, in name order; one error line per file that failed.
    static void loadFolder(const QString& folder, RuleLibrary& library, QStringList* errors);
    // ~/.local/share/latch/rules on Linux.
    static QString userFolder();

    // The built-in library plus the user folder; what the CLI and the editor start from.
    static RuleLibrary standard(QStringList* errors);

    // The rules every Latch has for a model: the built-in library and the model's own
    // (`embedded`, compact JSON; a library that does not load is left out). Shared and cached:
    // the .tmodel reader and writer ask for it on every file.
    static std::shared_ptr<const RuleLibrary> portable(const QByteArray& embedded);
};

} // namespace latch
