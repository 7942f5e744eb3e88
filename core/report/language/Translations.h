#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace latch {

// The languages Latch speaks and the translators that make it speak one.
class Translations
{
public:
    // Language codes with a translation, English (the source language) first.
    static QStringList available()
    {
        return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    }
    // "Deutsch", "Français": each language in its own words.
    static QString nativeName(const QString& code);
    // Installs the translators for `language` ("" follows the system locale) into `app`:
    // Latch's own and, when installed, Qt's for its standard dialogs. Returns the language
    // used ("en" when there is no translation for the one asked).
    static QString install(QCoreApplication& app, const QString& language);
    // The language install() last made Latch speak ("en" before any): a report's lang.
    static QString current();
};

} // namespace latch
