#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace latch {

namespace {

QString& currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

// What install() put in, so that the next call takes it out: a process (a test, a batch of
// reports) may change language more than once.
QList<QPointer<QTranslator>>& installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalled()
{
    for (const QPointer<QTranslator>& translator : installedTranslators()) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();
}

} // namespace

QString Translations::nativeName(const QString& code)
{
    return QLocale(code).nativeLanguageName().isEmpty()
               ? code
               : QLocale(code).nativeLanguageName().left(1).toUpper() +
                     QLocale(code).nativeLanguageName().mid(1);
}

QString Translations::current()
{
    return currentLanguage();
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
    removeInstalled();
    currentLanguage() = QStringLiteral("en");
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
    currentLanguage() = code;
    QCoreApplication::installTranslator(own);
    installedTranslators() << own;
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installedTranslators() << qt;
    } else {
        delete qt;
    }
    return code;
}

} // namespace latch
