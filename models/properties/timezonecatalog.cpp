#include "timezonecatalog.h"

#include "validation/propertyrules.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

TimeZoneInfo describe(const QString &windowsId, const QDateTime &now)
{
    TimeZoneInfo info;
    info.windowsId = windowsId;
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(windowsId.toLatin1());
    info.ianaId = QString::fromLatin1(iana);
    const QTimeZone zone(iana);
    info.standardOffset = zone.isValid() ? zone.standardTimeOffset(now) : 0;
    info.offsetText = TimeZoneCatalog::offsetText(info.standardOffset);
    info.displayText = u"(%1) %2"_s.arg(info.offsetText, windowsId);
    if (!info.ianaId.isEmpty() && info.ianaId != windowsId)
        info.displayText += u" — "_s + info.ianaId;
    return info;
}

struct Catalog
{
    QList<TimeZoneInfo> entries;
    QHash<QString, qsizetype> byId;      // exact ID
    QHash<QString, qsizetype> byLowerId; // case-folded ID
};

const Catalog &catalog()
{
    static const Catalog c = [] {
        Catalog result;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &id : Validation::windowsTimeZoneIds())
            result.entries.append(describe(id, now));
        std::stable_sort(result.entries.begin(), result.entries.end(),
                         [](const TimeZoneInfo &a, const TimeZoneInfo &b) {
                             if (a.standardOffset != b.standardOffset)
                                 return a.standardOffset < b.standardOffset;
                             return a.windowsId.compare(b.windowsId, Qt::CaseInsensitive) < 0;
                         });
        for (qsizetype i = 0; i < result.entries.size(); ++i) {
            result.byId.insert(result.entries.at(i).windowsId, i);
            result.byLowerId.insert(result.entries.at(i).windowsId.toCaseFolded(), i);
        }
        return result;
    }();
    return c;
}

} // namespace

namespace TimeZoneCatalog {

const QList<TimeZoneInfo> &all()
{
    return catalog().entries;
}

const TimeZoneInfo *find(QStringView windowsId)
{
    const Catalog &c = catalog();
    const QString id = windowsId.toString();
    qsizetype i = c.byId.value(id, -1);
    if (i < 0)
        i = c.byLowerId.value(id.toCaseFolded(), -1);
    return i < 0 ? nullptr : &c.entries.at(i);
}

QString offsetText(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return u"UTC"_s;
    const int minutes = qAbs(offsetSeconds) / 60;
    return u"UTC%1%2:%3"_s.arg(QChar(offsetSeconds < 0 ? u'-' : u'+'))
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace TimeZoneCatalog
