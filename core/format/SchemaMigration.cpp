#include "SchemaMigration.h"

#include "model/ThreatCategory.h"

#include <nlohmann/json.hpp>

namespace latch {

void SchemaMigration::migrate(nlohmann::json& document, int fromVersion)
{
    for (int version = fromVersion; version < currentVersion; ++version) {
        if (version == 1)
            fromVersion1(document);
        document["version"] = version + 1;
    }
}

// Schema 1 (pre-release) called external entities "actor" and stored STRIDE categories as
// single letters. Anything that is not of the expected shape is left for the reader to reject
// with a precise message.
void SchemaMigration::fromVersion1(nlohmann::json& document)
{
    auto diagrams = document.find("diagrams");
    if (diagrams != document.end() && diagrams->is_array()) {
        for (auto& diagram : *diagrams) {
            if (!diagram.is_object())
                continue;
            auto elements = diagram.find("elements");
            if (elements == diagram.end() || !elements->is_array())
                continue;
            for (auto& element : *elements) {
                if (element.is_object() && element.value("kind", nlohmann::json()) == "actor")
                    element["kind"] = "entity";
            }
        }
    }
    auto threats = document.find("threats");
    if (threats != document.end() && threats->is_array()) {
        for (auto& threat : *threats) {
            if (!threat.is_object())
                continue;
            auto category = threat.find("category");
            if (category == threat.end() || !category->is_string())
                continue;
            const QString name =
                ThreatCategory::fromLetter(QString::fromStdString(category->get<std::string>()));
            if (!name.isEmpty())
                *category = name.toStdString();
        }
    }
}

} // namespace latch
