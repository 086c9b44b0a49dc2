#pragma once

class QCoreApplication;

// Installs Switchboard's translation for the default locale (QLocale(), the system's
// unless QLocale::setDefault() was called) from the ":/i18n" resources built out of
// translations/*.ts, and Qt's own where it exists. Locales without a Switchboard
// catalogue, and the C locale, get the English one (numerus forms only). The translators
// are children of the application. Returns true if a Switchboard catalogue was installed.
bool installTranslators(QCoreApplication *app);
