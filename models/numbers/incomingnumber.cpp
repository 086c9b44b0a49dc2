#include "incomingnumber.h"
#include "phonenumbers.h"

#include "validation/numberrules.h"

#include <QCoreApplication>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {
ApiError malformed(const QString &why)
{
    return ApiError::transport(ApiError::Kind::Malformed, why);
}

bool capability(const QJsonObject &caps, const QString &lower, const QString &upper)
{
    // Twilio sends "voice", SignalWire "Voice"; "SMS"/"MMS" upper-case there.
    const QJsonValue v = caps.contains(lower) ? caps.value(lower) : caps.value(upper);
    return v.toBool(false);
}
} // namespace

QString IncomingNumber::parameterLabel(const QString &parameter)
{
    static const QHash<QString, const char *> labels{
        {u"FriendlyName"_s, QT_TR_NOOP("Friendly name")},
        {u"VoiceUrl"_s, QT_TR_NOOP("Voice URL")},
        {u"VoiceMethod"_s, QT_TR_NOOP("Voice method")},
        {u"VoiceFallbackUrl"_s, QT_TR_NOOP("Voice fallback URL")},
        {u"VoiceFallbackMethod"_s, QT_TR_NOOP("Fallback method")},
        {u"VoiceCallerIdLookup"_s, QT_TR_NOOP("Caller name lookup")},
        {u"VoiceApplicationSid"_s, QT_TR_NOOP("Voice application SID")},
        {u"TrunkSid"_s, QT_TR_NOOP("Trunk SID")},
        {u"VoiceReceiveMode"_s, QT_TR_NOOP("Receive")},
        {u"StatusCallback"_s, QT_TR_NOOP("Status callback URL")},
        {u"StatusCallbackMethod"_s, QT_TR_NOOP("Status callback method")},
        {u"SmsUrl"_s, QT_TR_NOOP("SMS URL")},
        {u"SmsMethod"_s, QT_TR_NOOP("SMS method")},
        {u"SmsFallbackUrl"_s, QT_TR_NOOP("SMS fallback URL")},
        {u"SmsFallbackMethod"_s, QT_TR_NOOP("SMS fallback method")},
        {u"SmsApplicationSid"_s, QT_TR_NOOP("SMS application SID")},
        {u"EmergencyStatus"_s, QT_TR_NOOP("Emergency calling")},
        {u"EmergencyAddressSid"_s, QT_TR_NOOP("Emergency address SID")},
        {u"AddressSid"_s, QT_TR_NOOP("Address SID")},
        {u"IdentitySid"_s, QT_TR_NOOP("Identity SID")},
        {u"BundleSid"_s, QT_TR_NOOP("Bundle SID")},
        {u"ApiVersion"_s, QT_TR_NOOP("API version")},
        {u"PhoneNumber"_s, QT_TR_NOOP("Phone number")},
        {u"AreaCode"_s, QT_TR_NOOP("Area code")},
    };
    const char *text = labels.value(parameter);
    return text ? tr(text) : parameter;
}

QString IncomingNumber::jsonKey(const QString &parameter)
{
    QString key;
    key.reserve(parameter.size() + 4);
    for (qsizetype i = 0; i < parameter.size(); ++i) {
        const QChar c = parameter.at(i);
        if (c.isUpper()) {
            // "SmsUrl" -> "sms_url"; runs of capitals stay one word ("ApiVersion" -> "api_version").
            const bool wordStart = i > 0
                                   && (parameter.at(i - 1).isLower()
                                       || (i + 1 < parameter.size() && parameter.at(i + 1).isLower()
                                           && parameter.at(i - 1).isUpper()));
            if (wordStart)
                key += u'_';
            key += c.toLower();
        } else {
            key += c;
        }
    }
    return key;
}

QDateTime IncomingNumber::parseRfc2822(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::RFC2822Date);
    return t.isValid() ? t.toUTC() : QDateTime();
}

bool IncomingNumber::isEmergencyActive() const
{
    return emergencyStatus.compare(u"Active", Qt::CaseInsensitive) == 0;
}

ApiError IncomingNumber::fromJson(const QJsonObject &o, ApiFamily family, IncomingNumber *out)
{
    IncomingNumber n;
    const QJsonValue sid = o.value(u"sid"_s);
    const QJsonValue phone = o.value(u"phone_number"_s);
    if (!sid.isString() || sid.toString().isEmpty())
        return malformed(tr("A number has no “sid”."));
    if (!phone.isString() || phone.toString().isEmpty())
        return malformed(tr("Number %1 has no “phone_number”.").arg(sid.toString()));
    n.sid = sid.toString();
    n.phoneNumber = phone.toString();
    n.accountSid = o.value(u"account_sid"_s).toString();
    const QJsonValue caps = o.value(u"capabilities"_s);
    if (!caps.isObject())
        return malformed(tr("Number %1 has no “capabilities”.").arg(n.phoneNumber));
    const QJsonObject c = caps.toObject();
    n.voice = capability(c, u"voice"_s, u"Voice"_s);
    n.sms = capability(c, u"sms"_s, u"SMS"_s);
    n.mms = capability(c, u"mms"_s, u"MMS"_s);
    n.fax = capability(c, u"fax"_s, u"Fax"_s);
    n.status = o.value(u"status"_s).toString();
    n.type = o.value(u"type"_s).toString();
    n.origin = o.value(u"origin"_s).toString();
    n.beta = o.value(u"beta"_s).toBool();
    n.emergencyStatus = o.value(u"emergency_status"_s).toString();
    n.emergencyAddressStatus = o.value(u"emergency_address_status"_s).toString();
    n.addressRequirements = o.value(u"address_requirements"_s).toString();
    for (const char *key : {"date_created", "date_updated"}) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        const QDateTime t = v.isString() ? parseRfc2822(v.toString()) : QDateTime();
        if (!t.isValid()) {
            return malformed(tr("Number %1 has no valid “%2”.")
                                 .arg(n.phoneNumber, QLatin1StringView(key)));
        }
        (qstrcmp(key, "date_created") == 0 ? n.dateCreated : n.dateUpdated) = t;
    }
    const Validation::NumberFamily rulesFamily = family == ApiFamily::SignalWire
                                                     ? Validation::NumberFamily::SignalWire
                                                     : Validation::NumberFamily::Twilio;
    for (const Validation::NumberParameter &p : Validation::numberParameters()) {
        if (!p.onUpdate || (rulesFamily == Validation::NumberFamily::Twilio ? !p.twilio : !p.signalWire))
            continue;
        const QJsonValue v = o.value(jsonKey(p.name));
        QString text;
        if (v.isBool())
            text = v.toBool() ? u"true"_s : u"false"_s;
        else if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = QString::number(v.toDouble());
        // SignalWire's sample answer writes null as the string "null".
        if (text == u"null" && p.value == Validation::NumberValue::Sid)
            text.clear();
        n.values.insert(p.name, Validation::normalizedNumberValue(p, text));
    }
    *out = n;
    return {};
}

bool operator==(const IncomingNumber &a, const IncomingNumber &b)
{
    return a.sid == b.sid && a.accountSid == b.accountSid && a.phoneNumber == b.phoneNumber
           && a.voice == b.voice && a.sms == b.sms && a.mms == b.mms && a.fax == b.fax
           && a.status == b.status && a.type == b.type && a.origin == b.origin && a.beta == b.beta
           && a.emergencyStatus == b.emergencyStatus
           && a.emergencyAddressStatus == b.emergencyAddressStatus
           && a.addressRequirements == b.addressRequirements && a.dateCreated == b.dateCreated
           && a.dateUpdated == b.dateUpdated && a.values == b.values;
}

QString formatPhoneNumber(const QString &e164)
{
    return PhoneNumbers::national(e164);
}
