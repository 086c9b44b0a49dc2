#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrlQuery>

// One number offered by an AvailablePhoneNumbers search
// (twilio_api_v2010_numbers.json: api.v2010.account.available_phone_number_country.*).
struct AvailableNumber
{
    QString phoneNumber;  // E.164
    QString friendlyName; // "(415) 555-0100"
    QString locality, region, postalCode, isoCountry, rateCenter, lata;
    double latitude = 0, longitude = 0;
    QString addressRequirements; // none, any, local, foreign
    bool beta = false;
    bool voice = false, sms = false, mms = false, fax = false;

    bool requiresAddress() const
    {
        return !addressRequirements.isEmpty() && addressRequirements != u"none";
    }
    QJsonObject toJson() const;
    // Lenient but never wrong: phone_number must be a string; the rest may be missing.
    static ApiError fromJson(const QJsonObject &object, AvailableNumber *out);

    Q_DECLARE_TR_FUNCTIONS(AvailableNumber) // last: it ends in "private:"
};
Q_DECLARE_METATYPE(AvailableNumber)

// What an available-number search asks for. Empty fields are not sent.
struct NumberSearch
{
    enum class Type { Local, Mobile, TollFree };

    QString countryCode = QStringLiteral("US");
    Type type = Type::Local;
    QString areaCode;    // "415"
    QString contains;    // digits, letters and '*' (any one digit), as Twilio takes them
    bool voice = false, sms = false, mms = false; // true: only numbers with it
    QString inRegion;    // "CA"
    QString inPostalCode;
    QString nearNumber;  // E.164
    bool excludeAddressRequired = false;
    int pageSize = 30;   // Twilio answers at most 30 and no next page

    // "Local.json", "Mobile.json", "TollFree.json"
    QString pathSuffix() const;
    QUrlQuery query() const;
    QJsonObject toJson() const;
    static NumberSearch fromJson(const QJsonObject &object);
    // One line for the user: "Local numbers in 415 containing 55, SMS".
    QString describe() const;
    static QString typeKey(Type type); // "local", "mobile", "toll-free"
    static Type typeFromKey(const QString &key);

    Q_DECLARE_TR_FUNCTIONS(NumberSearch) // last: it ends in "private:"
};
