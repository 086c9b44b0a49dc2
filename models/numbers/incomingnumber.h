#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One incoming phone number of a Twilio or SignalWire account, as the IncomingPhoneNumbers
// resource describes it (twilio_api_v2010_numbers.json; the SignalWire document). Every
// field that a create or update parameter sets is kept by that parameter's wire name
// ("VoiceUrl"), so forms built from Validation::numberParameters() read and compare them
// without a mapping of their own; the rest are typed members.
//
//     IncomingNumber n;
//     if (const ApiError e = IncomingNumber::fromJson(object, ApiFamily::Twilio, &n); e.isError()) ...;
//     n.value(u"VoiceUrl"_s);       // "" when none
struct IncomingNumber
{
    QString sid;             // "PN…" (Twilio) or a UUID (SignalWire)
    QString accountSid;
    QString phoneNumber;     // E.164
    bool voice = false, sms = false, mms = false, fax = false; // capabilities
    QString status;          // Twilio: "in-use"…; empty on SignalWire
    QString type;            // Twilio: local, toll-free, mobile; empty on SignalWire
    QString origin;          // twilio, signalwire, hosted
    bool beta = false;
    QString emergencyStatus;        // "Active"/"Inactive" (Twilio), "active"/"inactive" (SignalWire)
    QString emergencyAddressStatus; // Twilio: registered, unregistered…
    QString addressRequirements;    // none, any, local, foreign
    QDateTime dateCreated, dateUpdated; // UTC
    // Every create/update parameter's current value by wire name: "FriendlyName",
    // "VoiceUrl", "VoiceMethod", "VoiceCallerIdLookup" ("true"/"false"), "EmergencyStatus"
    // ("Active"/"Inactive"), ... A null on the wire is "".
    QHash<QString, QString> values;

    QString value(const QString &parameter) const { return values.value(parameter); }
    QString friendlyName() const { return value(QStringLiteral("FriendlyName")); }
    bool isEmergencyActive() const;

    // Strict about what the table needs (sid, phone_number, capabilities, dates); lenient
    // about the rest (missing parameters read as ""). Kind::Malformed names the problem.
    static ApiError fromJson(const QJsonObject &object, ApiFamily family, IncomingNumber *out);

    // What the user calls a parameter: "Voice URL" for "VoiceUrl" (the wire name itself
    // for one without a label).
    static QString parameterLabel(const QString &parameter);
    // "voice_caller_id_lookup" for "VoiceCallerIdLookup".
    static QString jsonKey(const QString &parameter);
    // "Thu, 30 Jul 2015 23:19:04 +0000" (RFC 2822, what both providers send); invalid if not.
    static QDateTime parseRfc2822(const QString &text);

    friend bool operator==(const IncomingNumber &a, const IncomingNumber &b);
    friend bool operator!=(const IncomingNumber &a, const IncomingNumber &b) { return !(a == b); }

    Q_DECLARE_TR_FUNCTIONS(IncomingNumber) // last: it ends in "private:"
};
Q_DECLARE_METATYPE(IncomingNumber)

// The national format of the number's own country, as everywhere in the app ("(415) 555-0100",
// "020 7946 0958"; PhoneNumbers::national), the text as it is when it is no number.
QString formatPhoneNumber(const QString &e164);
