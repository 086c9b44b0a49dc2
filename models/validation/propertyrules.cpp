#include "propertyrules.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

namespace Validation {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Validation", text);
}

bool isLabelChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'-';
}
} // namespace

FieldCheck checkPropertyName(QStringView name)
{
    if (name.trimmed().isEmpty())
        return FieldCheck::incomplete(tr("Name is required."));
    if (name.size() > PropertyNameMaxLength)
        return FieldCheck::wrong(tr("Name is longer than %1 characters.").arg(PropertyNameMaxLength));
    return FieldCheck::ok();
}

FieldCheck checkMainDomain(QStringView domain)
{
    if (domain.trimmed().isEmpty())
        return FieldCheck::incomplete(tr("Main domain is required."));
    if (domain.contains(u"://"))
        return FieldCheck::wrong(tr("Enter a host name only, without a scheme such as “https://”."));
    if (domain.contains(u'/'))
        return FieldCheck::wrong(tr("Enter a host name only, without a path."));
    if (domain.contains(u':'))
        return FieldCheck::wrong(tr("Enter a host name only, without a port."));
    for (QChar c : domain) {
        if (c.isSpace())
            return FieldCheck::wrong(tr("A host name cannot contain spaces."));
        if (c != u'.' && !isLabelChar(c))
            return FieldCheck::wrong(tr("“%1” is not allowed in a host name.").arg(c));
    }
    if (domain.size() > 253)
        return FieldCheck::wrong(tr("A host name is at most 253 characters long."));
    if (domain.startsWith(u'.'))
        return FieldCheck::wrong(tr("A host name cannot start with a dot."));
    if (domain.contains(u".."))
        return FieldCheck::wrong(tr("A host name cannot contain an empty label (“..”)."));

    const auto labels = domain.split(u'.');
    for (QStringView label : labels) {
        if (label.size() > 63)
            return FieldCheck::wrong(tr("Each part of a host name is at most 63 characters long."));
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return FieldCheck::wrong(tr("A part of a host name cannot start or end with a hyphen."));
    }
    if (domain.endsWith(u'.') || labels.size() < 2)
        return FieldCheck::incomplete(tr("Enter a full domain, such as “example.com”."));
    const QStringView tld = labels.last();
    for (QChar c : tld) {
        if (c.isDigit())
            return FieldCheck::wrong(tr("The last part of a domain cannot contain digits."));
    }
    return FieldCheck::ok();
}

const QStringList &windowsTimeZoneIds()
{
    static const QStringList ids = [] {
        QSet<QString> unique;
        const auto iana = QTimeZone::availableTimeZoneIds();
        for (const QByteArray &id : iana) {
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

FieldCheck checkWindowsTimeZone(QStringView id)
{
    if (id.trimmed().isEmpty())
        return FieldCheck::incomplete(tr("Time zone is required."));
    if (!isWindowsTimeZoneId(id))
        return FieldCheck::wrong(tr("“%1” is not a Windows time zone ID.").arg(id));
    return FieldCheck::ok();
}

} // namespace Validation
