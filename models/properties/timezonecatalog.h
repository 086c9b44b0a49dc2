#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// What the app shows about a Windows time zone ID: its standard UTC offset and the IANA
// zone Qt maps it to. Built once from Validation::windowsTimeZoneIds() and QTimeZone.
struct TimeZoneInfo
{
    QString windowsId;     // "AUS Eastern Standard Time"
    QString ianaId;        // "Australia/Sydney"
    int standardOffset = 0; // seconds east of UTC, outside daylight saving time
    QString offsetText;    // "UTC+10:00", "UTC"
    QString displayText;   // "(UTC+10:00) AUS Eastern Standard Time — Australia/Sydney"
};

namespace TimeZoneCatalog {

// Every known Windows ID, ordered by offset then ID, as Windows lists them.
const QList<TimeZoneInfo> &all();
// The entry for a Windows ID (exact, or case-insensitive); nullptr if unknown.
const TimeZoneInfo *find(QStringView windowsId);

QString offsetText(int offsetSeconds); // 36000 -> "UTC+10:00", 0 -> "UTC"

} // namespace TimeZoneCatalog
