#include "LibraryOptions.h"

#include "CommandLine.h"
#include "engine/Frameworks.h"
#include "engine/Rule.h"
#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "interop/RuleLibraryFile.h"
#include "model/Model.h"

namespace latch::cli {

void LibraryOptions::declare(CommandLine& line)
{
    line.addValue({QStringLiteral("rules")});
    line.addValue({QStringLiteral("framework")});
}

LibraryOptions::LibraryOptions(const CommandLine& line)
    : m_files(line.values(QStringLiteral("rules")))
{
    if (!line.isSet(QStringLiteral("framework")))
        return;
    QStringList names;
    for (const QString& value : line.values(QStringLiteral("framework"))) {
        for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << name.trimmed().toLower();
    }
    QString unknown;
    m_frameworks = Frameworks::canonical(names, &unknown);
    if (!unknown.isEmpty())
        m_frameworkError = Frameworks::unknownError(unknown);
    else if (m_frameworks->isEmpty())
        m_frameworkError = QStringLiteral("--framework names no framework");
}

bool LibraryOptions::chooseFrameworks(Model& model) const
{
    if (!m_frameworks)
        return false;
    model.frameworks = *m_frameworks;
    return true;
}

bool LibraryOptions::shows(const Rule& rule) const
{
    return !m_frameworks || Frameworks::applies(rule.framework, Frameworks::maskOf(*m_frameworks));
}

bool LibraryOptions::load(const Model* model, const QString& modelPath, RuleLibrary& library,
                          Console& console) const
{
    QStringList errors;
    library = RuleLibraryLoader::standard(&errors);
    for (const QString& file : m_files) {
        QString error;
        QStringList notes; // TMT threat types left out, said but not fatal
        const auto bytes = RuleLibraryFile::read(file, &notes, &error);
        if (!bytes || !RuleLibraryLoader::load(*bytes, file, library, &error))
            errors.append(error);
        for (const QString& note : std::as_const(notes))
            console.err << "warning: " << note << Qt::endl;
    }
    if (model && !model->embeddedLibrary.isEmpty()) {
        QString error;
        if (!RuleLibraryLoader::loadModelLibrary(model->embeddedLibrary,
                                                 modelPath + QStringLiteral(" (embedded library)"),
                                                 library, &error))
            errors.append(error);
    }
    for (const QString& error : errors)
        console.err << error << Qt::endl;
    return errors.isEmpty();
}

} // namespace latch::cli
