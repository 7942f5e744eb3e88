#include "ModelImporter.h"

#include "OtmReader.h"
#include "ThreatDragonReader.h"
#include "Tm7Reader.h"
#include "format/ModelFile.h"

namespace latch {

std::optional<ModelImporter::Format> ModelImporter::formatFromName(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("threat-dragon") || n == QLatin1String("td"))
        return Format::ThreatDragon;
    if (n == QLatin1String("tm7") || n == QLatin1String("tmt"))
        return Format::Tm7;
    if (n == QLatin1String("otm"))
        return Format::Otm;
    return std::nullopt;
}

std::optional<ModelImporter::Format> ModelImporter::detect(const QByteArray& bytes)
{
    if (Tm7Reader::recognises(bytes))
        return Format::Tm7;
    if (OtmReader::recognises(bytes))
        return Format::Otm;
    if (ThreatDragonReader::recognises(bytes))
        return Format::ThreatDragon;
    return std::nullopt;
}

std::optional<Model> ModelImporter::importBytes(const QByteArray& bytes, Format format,
                                                ImportSummary* summary, FormatError* error)
{
    switch (format) {
    case Format::ThreatDragon:
        return ThreatDragonReader::read(bytes, summary, error);
    case Format::Tm7:
        return Tm7Reader::read(bytes, summary, error);
    case Format::Otm:
        return OtmReader::read(bytes, summary, error);
    }
    return std::nullopt;
}

std::optional<Model> ModelImporter::importFile(const QString& path, std::optional<Format> format,
                                               ImportSummary* summary, QString* error,
                                               bool* unreadable)
{
    // The same size limit and error wording as opening a .tmodel.
    const auto bytes = ModelFile::readBytes(path, error);
    if (unreadable)
        *unreadable = !bytes;
    if (!bytes)
        return std::nullopt;
    if (!format)
        format = detect(*bytes);
    if (!format) {
        if (error)
            *error = path + QStringLiteral(": not a Threat Dragon, Threat Modeling Tool (.tm7) "
                                           "or Open Threat Model file");
        return std::nullopt;
    }
    FormatError problem;
    auto model = importBytes(*bytes, *format, summary, &problem);
    if (!model && error)
        *error = problem.toString(path);
    return model;
}

} // namespace latch
