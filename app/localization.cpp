#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

bool installTranslators(QCoreApplication *app)
{
    const QLocale locale;

    // Qt's own strings (standard buttons, shortcuts' names...), if Debian's
    // qt6-translations-l10n is installed.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }

    auto *own = new QTranslator(app);
    if (own->load(locale, u"switchboard"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}
