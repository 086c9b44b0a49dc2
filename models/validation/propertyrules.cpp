#include "propertyrules.h"

#include "textrules.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Validation {

namespace {
QString reason(ReasonLanguage language, const char *text)
{
    return reasonText(language, text);
}

bool isLabelChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'-';
}
} // namespace

FieldCheck checkPropertyName(QStringView name, ReasonLanguage language)
{
    if (name.trimmed().isEmpty()) {
        return FieldCheck::incomplete(
            reason(language, QT_TRANSLATE_NOOP("Validation", "Name is required.")));
    }
    if (const FieldCheck text = checkText(name, reason(language, QT_TRANSLATE_NOOP("Validation", "Name")),
                                          language);
        !text.isOk()) {
        return text;
    }
    if (name.size() > PropertyNameMaxLength) {
        return FieldCheck::wrong(
            reason(language, QT_TRANSLATE_NOOP("Validation", "Name is longer than %1 characters."))
                .arg(PropertyNameMaxLength));
    }
    return FieldCheck::ok();
}

FieldCheck checkMainDomain(QStringView domain, ReasonLanguage language)
{
    const auto wrong = [language](const char *text) {
        return FieldCheck::wrong(reason(language, text));
    };
    if (domain.trimmed().isEmpty()) {
        return FieldCheck::incomplete(
            reason(language, QT_TRANSLATE_NOOP("Validation", "Main domain is required.")));
    }
    if (const FieldCheck text = checkText(
            domain, reason(language, QT_TRANSLATE_NOOP("Validation", "Main domain")), language);
        !text.isOk()) {
        return text;
    }
    if (domain.contains(u"://")) {
        return wrong(QT_TRANSLATE_NOOP(
            "Validation", "Enter a host name only, without a scheme such as “https://”."));
    }
    if (domain.contains(u'/'))
        return wrong(QT_TRANSLATE_NOOP("Validation", "Enter a host name only, without a path."));
    if (domain.contains(u':'))
        return wrong(QT_TRANSLATE_NOOP("Validation", "Enter a host name only, without a port."));
    for (QChar c : domain) {
        if (c.isSpace())
            return wrong(QT_TRANSLATE_NOOP("Validation", "A host name cannot contain spaces."));
        if (c != u'.' && !isLabelChar(c)) {
            return FieldCheck::wrong(
                reason(language,
                       QT_TRANSLATE_NOOP("Validation", "“%1” is not allowed in a host name."))
                    .arg(c));
        }
    }
    if (domain.size() > 253) {
        return wrong(
            QT_TRANSLATE_NOOP("Validation", "A host name is at most 253 characters long."));
    }
    if (domain.startsWith(u'.'))
        return wrong(QT_TRANSLATE_NOOP("Validation", "A host name cannot start with a dot."));
    if (domain.contains(u"..")) {
        return wrong(QT_TRANSLATE_NOOP("Validation",
                                       "A host name cannot contain an empty label (“..”)."));
    }

    const auto labels = domain.split(u'.');
    for (QStringView label : labels) {
        if (label.size() > 63) {
            return wrong(QT_TRANSLATE_NOOP(
                "Validation", "Each part of a host name is at most 63 characters long."));
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            return wrong(QT_TRANSLATE_NOOP(
                "Validation", "A part of a host name cannot start or end with a hyphen."));
        }
    }
    // "acme.example.com." (the absolute form): complete but for the dot, or a longer name
    // on its way ("….com.au"); say which, rather than ask for a full domain.
    if (domain.endsWith(u'.') && labels.size() > 2) {
        return FieldCheck::incomplete(reason(
            language, QT_TRANSLATE_NOOP("Validation", "A host name does not end with a dot: "
                                                      "remove the last dot, or type the rest.")));
    }
    if (domain.endsWith(u'.') || labels.size() < 2) {
        return FieldCheck::incomplete(reason(
            language,
            QT_TRANSLATE_NOOP("Validation", "Enter a full domain, such as “example.com”.")));
    }
    const QStringView tld = labels.last();
    for (QChar c : tld) {
        if (c.isDigit()) {
            return wrong(QT_TRANSLATE_NOOP("Validation",
                                           "The last part of a domain cannot contain digits."));
        }
    }
    return FieldCheck::ok();
}

const QStringList &windowsTimeZoneIds()
{
    static const QStringList ids = [] {
        // Qt has no public list of its Windows IDs, so map every IANA name we can find.
        // availableTimeZoneIds() alone misses some: on Linux it lists only canonical zones,
        // while Qt's table keys a few Windows IDs by older names ("Asia/Calcutta" for India
        // Standard Time) or by Etc/ zones (UTC, Dateline Standard Time).
        QSet<QByteArray> iana;
        const auto available = QTimeZone::availableTimeZoneIds();
        iana.unite(QSet<QByteArray>(available.cbegin(), available.cend()));
        iana.insert("Etc/UTC");
        iana.insert("Etc/GMT");
        for (int hours = 1; hours <= 14; ++hours) {
            iana.insert("Etc/GMT+" + QByteArray::number(hours));
            iana.insert("Etc/GMT-" + QByteArray::number(hours));
        }
        // The system's time zone folder also holds the older names, as links.
        const QString zoneInfo = qEnvironmentVariableIsSet("TZDIR")
                                     ? qEnvironmentVariable("TZDIR")
                                     : u"/usr/share/zoneinfo"_s;
        if (QDir(zoneInfo).exists()) {
            QDirIterator it(zoneInfo, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString name = QDir(zoneInfo).relativeFilePath(it.next());
                if (!name.startsWith(u"posix/") && !name.startsWith(u"right/"))
                    iana.insert(name.toLatin1());
            }
        }

        QSet<QString> unique;
        for (const QByteArray &id : std::as_const(iana)) {
            const QByteArray windows = QTimeZone::ianaIdToWindowsId(id);
            if (!windows.isEmpty())
                unique.insert(QString::fromLatin1(windows));
        }
        QStringList sorted(unique.cbegin(), unique.cend());
        sorted.sort(Qt::CaseInsensitive);
        return sorted;
    }();
    return ids;
}

bool isWindowsTimeZoneId(QStringView id)
{
    // Qt's own table decides; a Windows ID always has a default IANA zone.
    return !id.isEmpty() && !QTimeZone::windowsIdToDefaultIanaId(id.toLatin1()).isEmpty();
}

FieldCheck checkWindowsTimeZone(QStringView id, ReasonLanguage language)
{
    if (id.trimmed().isEmpty()) {
        return FieldCheck::incomplete(
            reason(language, QT_TRANSLATE_NOOP("Validation", "Time zone is required.")));
    }
    if (const FieldCheck text = checkText(
            id, reason(language, QT_TRANSLATE_NOOP("Validation", "Time zone")), language);
        !text.isOk()) {
        return text;
    }
    if (!isWindowsTimeZoneId(id)) {
        return FieldCheck::wrong(
            reason(language,
                   QT_TRANSLATE_NOOP("Validation", "“%1” is not a Windows time zone ID."))
                .arg(id));
    }
    return FieldCheck::ok();
}

} // namespace Validation
