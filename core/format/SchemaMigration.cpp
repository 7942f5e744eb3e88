#include "SchemaMigration.h"

#include "JsonText.h"
#include "model/ThreatCategory.h"

namespace latch {

void SchemaMigration::migrate(rapidjson::Document& document, int fromVersion)
{
    for (int version = fromVersion; version < currentVersion; ++version) {
        if (version == 1)
            fromVersion1(document);
        if (auto it = document.FindMember("version"); it != document.MemberEnd())
            it->value.SetInt(version + 1);
    }
}

// Schema 1 (pre-release) called external entities "actor" and stored STRIDE categories as
// single letters. Anything that is not of the expected shape is left for the reader to reject
// with a precise message.
void SchemaMigration::fromVersion1(rapidjson::Document& document)
{
    auto& allocator = document.GetAllocator();
    auto member = [](rapidjson::Value& object, const char* key) -> rapidjson::Value* {
        if (!object.IsObject())
            return nullptr;
        auto it = object.FindMember(key);
        return it == object.MemberEnd() ? nullptr : &it->value;
    };
    if (rapidjson::Value* diagrams = member(document, "diagrams");
        diagrams && diagrams->IsArray()) {
        for (rapidjson::Value& diagram : diagrams->GetArray()) {
            rapidjson::Value* elements = member(diagram, "elements");
            if (!elements || !elements->IsArray())
                continue;
            for (rapidjson::Value& element : elements->GetArray()) {
                rapidjson::Value* kind = member(element, "kind");
                if (kind && kind->IsString() && jsontext::view(*kind) == "actor")
                    kind->SetString("entity", allocator);
            }
        }
    }
    if (rapidjson::Value* threats = member(document, "threats"); threats && threats->IsArray()) {
        for (rapidjson::Value& threat : threats->GetArray()) {
            rapidjson::Value* category = member(threat, "category");
            if (!category || !category->IsString())
                continue;
            const QByteArray name =
                ThreatCategory::fromLetter(jsontext::fromUtf8(*category)).toUtf8();
            if (!name.isEmpty())
                category->SetString(name.constData(), rapidjson::SizeType(name.size()), allocator);
        }
    }
}

} // namespace latch
