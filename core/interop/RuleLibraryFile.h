#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace latch {

struct Model;

// A rule library as the command line and the editor take it: a Latch library (JSON) as it is,
// or a TMT template (.tb7, or the template embedded in a .tm7) converted by Tb7Reader.
// Returns Latch library JSON; `notes` receives the threat types that could not be converted.
// JSON nested deeper than a library may be (RuleLibraryLoader::maximumNesting) is refused
// before anything parses it, with the place in the file: "deep.json:17:1: nested deeper than
// 16 levels".
class RuleLibraryFile
{
public:
    static bool isTmtTemplate(const QString& path);
    static std::optional<QByteArray> read(const QString& path, QStringList* notes, QString* error);
    // Library JSON in the compact form a model file keeps (Model::embeddedLibrary); empty for
    // text that is not JSON or is nested too deep.
    static QByteArray forEmbedding(const QByteArray& json);
    // Makes the model carry `json` as its own library, after checking that it loads. Threats
    // imported from TMT whose threat type is a rule of it become that rule's generated threats
    // (same id as Latch gives them), so that regeneration keeps what TMT stored. Returns how
    // many were adopted, or -1 with the error.
    static int attach(Model& model, const QByteArray& json, const QString& name, QString* error);
};

} // namespace latch
