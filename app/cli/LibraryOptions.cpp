#include "LibraryOptions.h"

#include "engine/RuleLibrary.h"
#include "engine/RuleLibraryLoader.h"
#include "interop/RuleLibraryFile.h"
#include "model/Model.h"

namespace latch::cli {

bool LibraryOptions::take(QStringList& arguments, QString* error)
{
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments.at(i) != QLatin1String("--rules")) {
            ++i;
            continue;
        }
        if (i + 1 >= arguments.size()) {
            *error = QStringLiteral("--rules needs a file");
            return false;
        }
        m_files.append(arguments.at(i + 1));
        arguments.remove(i, 2);
    }
    return true;
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
