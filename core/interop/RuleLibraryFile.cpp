#include "RuleLibraryFile.h"

#include "Tb7Reader.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "engine/ThreatGenerator.h"
#include "format/JsonText.h"
#include "format/ModelFile.h"
#include "model/Model.h"

#include <nlohmann/json.hpp>

namespace latch {

bool RuleLibraryFile::isTmtTemplate(const QString& path)
{
    return path.endsWith(QLatin1String(".tb7"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".tm7"), Qt::CaseInsensitive);
}

std::optional<QByteArray> RuleLibraryFile::read(const QString& path, QStringList* notes,
                                                QString* error)
{
    auto bytes = ModelFile::readBytes(path, error);
    if (!bytes)
        return bytes;
    if (!isTmtTemplate(path)) {
        // Checked here, before the bytes reach any parser: forEmbedding's parser and writer
        // recurse, and a deeply nested file would overflow the stack.
        try {
            jsontext::checkNesting(*bytes, RuleLibraryLoader::maximumNesting);
        } catch (const FormatFailure& failure) {
            *error = failure.error.toString(path);
            return std::nullopt;
        }
        return bytes;
    }
    QStringList problems;
    FormatError problem;
    auto converted = Tb7Reader::convert(*bytes, &problems, &problem);
    if (!converted) {
        *error = problem.toString(path);
        return std::nullopt;
    }
    if (notes) {
        for (const QString& p : problems)
            notes->append(path + QStringLiteral(": ") + p);
    }
    return converted;
}

QByteArray RuleLibraryFile::forEmbedding(const QByteArray& json)
{
    try {
        jsontext::checkNesting(json, RuleLibraryLoader::maximumNesting);
    } catch (const FormatFailure&) {
        return {};
    }
    const nlohmann::json parsed = nlohmann::json::parse(json.cbegin(), json.cend(), nullptr, false);
    if (parsed.is_discarded())
        return {};
    return QByteArray::fromStdString(parsed.dump());
}

int RuleLibraryFile::attach(Model& model, const QByteArray& json, const QString& name,
                            QString* error)
{
    RuleLibrary library;
    if (!RuleLibraryLoader::load(json, name, library, error))
        return -1;
    model.embeddedLibrary = forEmbedding(json);
    int adopted = 0;
    for (Threat& threat : model.threats) {
        if (threat.origin != ThreatOrigin::Manual)
            continue;
        for (const QString& reference : std::as_const(threat.references)) {
            const QString type = reference.mid(4);
            if (!reference.startsWith(QLatin1String("TMT:")) || !library.findRule(type))
                continue;
            threat.rule = type;
            threat.origin = ThreatOrigin::Generated;
            threat.id = ThreatGenerator::threatIdFor(type, threat.element);
            ++adopted;
            break;
        }
    }
    return adopted;
}

} // namespace latch
