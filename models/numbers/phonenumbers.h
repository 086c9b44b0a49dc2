#pragma once

#include <QString>

// Phone numbers through Google's libphonenumber (Debian's libphonenumber-dev), so a number
// looks the same everywhere (the table, the buy flow's results and cart, the picker, the
// forms): parsing and validation of E.164, the national format of each number's own country,
// and where it is from the library's offline geocoder. Thread-safe; look-ups are cached, as
// formatting costs tens of microseconds and the geocoder more.
namespace PhoneNumbers {
// "(415) 555-0100", "020 7946 0958", "030 123456"; the text as it is when it is no number.
QString national(const QString &e164);
// "+1 415-555-0100", "+44 20 7946 0958".
QString international(const QString &e164);
// "US", "GB", "CA"; empty when unknown.
QString regionCode(const QString &e164);
// "California", "London", "Ontario", or the country ("United Kingdom") when the geocoder
// knows no more; empty when unknown. In English, as the providers' own consoles say it.
QString region(const QString &e164);
// A number the library knows to be dialable (not merely well-formed).
bool isValid(const QString &e164);
// "+14155550100" for "+1 (415) 555-0100", "4155550100" with region "US"...; empty when it
// cannot be read as a number.
QString toE164(const QString &text, const QString &defaultRegion = QStringLiteral("US"));
} // namespace PhoneNumbers
