#pragma once

class QCoreApplication;

// Installs Switchboard's translation for the system locale (from the ":/i18n" resources
// built out of translations/*.ts) and Qt's own, where they exist. The translators are
// children of the application. Returns true if Switchboard's own was found.
bool installTranslators(QCoreApplication *app);
