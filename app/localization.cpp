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

    // The C locale (LANG=C) names no language: it gets the English catalogue, as does any
    // language without a catalogue of its own, since the sources are English. That one
    // only has the numerus forms, so "%n draft(s)" reads "1 draft" and "2 drafts".
    auto *own = new QTranslator(app);
    const bool found = (locale.language() != QLocale::C
                        && own->load(locale, u"switchboard"_s, u"_"_s, u":/i18n"_s))
                       || own->load(u"switchboard_en"_s, u":/i18n"_s);
    if (found) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}
