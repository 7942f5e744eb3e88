#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace latch {

QString Translations::nativeName(const QString& code)
{
    return QLocale(code).nativeLanguageName().isEmpty()
               ? code
               : QLocale(code).nativeLanguageName().left(1).toUpper() +
                     QLocale(code).nativeLanguageName().mid(1);
}

QString Translations::install(QCoreApplication& app, const QString& language)
{
    QString code = language;
    if (code.isEmpty()) {
        // The first of the system's preferred languages that Latch has.
        for (const QString& name : QLocale().uiLanguages()) {
            const QString candidate = name.left(2).toLower();
            if (available().contains(candidate)) {
                code = candidate;
                break;
            }
        }
    }
    if (!available().contains(code) || code == QLatin1String("en"))
        return QStringLiteral("en");
    // The installed catalogue (share/latch/translations beside bin/), else the built-in one.
    auto* own = new QTranslator(&app);
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/latch/translations");
    if (!own->load(QStringLiteral("latch_%1").arg(code), installed) &&
        !own->load(QStringLiteral(":/i18n/latch_%1.qm").arg(code))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return code;
}

} // namespace latch
