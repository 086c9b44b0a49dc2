#include "availablenumber.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

QJsonObject AvailableNumber::toJson() const
{
    return {{u"phoneNumber"_s, phoneNumber},
            {u"friendlyName"_s, friendlyName},
            {u"locality"_s, locality},
            {u"region"_s, region},
            {u"postalCode"_s, postalCode},
            {u"isoCountry"_s, isoCountry},
            {u"rateCenter"_s, rateCenter},
            {u"lata"_s, lata},
            {u"latitude"_s, latitude},
            {u"longitude"_s, longitude},
            {u"addressRequirements"_s, addressRequirements},
            {u"beta"_s, beta},
            {u"voice"_s, voice},
            {u"sms"_s, sms},
            {u"mms"_s, mms},
            {u"fax"_s, fax}};
}

ApiError AvailableNumber::fromJson(const QJsonObject &o, AvailableNumber *out)
{
    // Both the wire shape (snake_case, a capabilities object) and toJson()'s own.
    const bool wire = o.contains(u"phone_number"_s);
    const QJsonValue phone = o.value(wire ? u"phone_number"_s : u"phoneNumber"_s);
    if (!phone.isString() || phone.toString().isEmpty()) {
        return ApiError::transport(ApiError::Kind::Malformed,
                                   tr("An available number has no phone number."));
    }
    AvailableNumber n;
    n.phoneNumber = phone.toString();
    const auto text = [&](const char *wireKey, const char *ownKey) {
        const QJsonValue v = o.value(QLatin1StringView(wire ? wireKey : ownKey));
        return v.isString() ? v.toString() : QString();
    };
    const auto number = [&](const char *wireKey, const char *ownKey) {
        const QJsonValue v = o.value(QLatin1StringView(wire ? wireKey : ownKey));
        return v.isDouble() ? v.toDouble() : v.toString().toDouble();
    };
    n.friendlyName = text("friendly_name", "friendlyName");
    n.locality = text("locality", "locality");
    n.region = text("region", "region");
    n.postalCode = text("postal_code", "postalCode");
    n.isoCountry = text("iso_country", "isoCountry");
    n.rateCenter = text("rate_center", "rateCenter");
    n.lata = text("lata", "lata");
    n.latitude = number("latitude", "latitude");
    n.longitude = number("longitude", "longitude");
    n.addressRequirements = text("address_requirements", "addressRequirements");
    n.beta = o.value(u"beta"_s).toBool();
    if (wire) {
        const QJsonObject caps = o.value(u"capabilities"_s).toObject();
        const auto cap = [&caps](const char *lower, const char *upper) {
            const QLatin1StringView l(lower);
            return caps.contains(l) ? caps.value(l).toBool() : caps.value(QLatin1StringView(upper)).toBool();
        };
        n.voice = cap("voice", "Voice");
        n.sms = cap("SMS", "sms");
        n.mms = cap("MMS", "mms");
        n.fax = cap("fax", "Fax");
    } else {
        n.voice = o.value(u"voice"_s).toBool();
        n.sms = o.value(u"sms"_s).toBool();
        n.mms = o.value(u"mms"_s).toBool();
        n.fax = o.value(u"fax"_s).toBool();
    }
    if (n.friendlyName.isEmpty())
        n.friendlyName = n.phoneNumber;
    *out = n;
    return {};
}

QString NumberSearch::typeKey(Type type)
{
    switch (type) {
    case Type::Local:
        return u"local"_s;
    case Type::Mobile:
        return u"mobile"_s;
    case Type::TollFree:
        return u"toll-free"_s;
    }
    return u"local"_s;
}

NumberSearch::Type NumberSearch::typeFromKey(const QString &key)
{
    if (key == u"mobile")
        return Type::Mobile;
    if (key == u"toll-free")
        return Type::TollFree;
    return Type::Local;
}

QString NumberSearch::pathSuffix() const
{
    switch (type) {
    case Type::Local:
        return u"Local.json"_s;
    case Type::Mobile:
        return u"Mobile.json"_s;
    case Type::TollFree:
        return u"TollFree.json"_s;
    }
    return u"Local.json"_s;
}

QUrlQuery NumberSearch::query() const
{
    QUrlQuery q;
    const auto add = [&q](const QString &name, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"AreaCode"_s, areaCode);
    add(u"Contains"_s, contains);
    if (voice)
        add(u"VoiceEnabled"_s, u"true"_s);
    if (sms)
        add(u"SmsEnabled"_s, u"true"_s);
    if (mms)
        add(u"MmsEnabled"_s, u"true"_s);
    add(u"InRegion"_s, inRegion);
    add(u"InPostalCode"_s, inPostalCode);
    add(u"NearNumber"_s, nearNumber);
    if (excludeAddressRequired)
        add(u"ExcludeAllAddressRequired"_s, u"true"_s);
    add(u"PageSize"_s, QString::number(qBound(1, pageSize, 30)));
    return q;
}

QJsonObject NumberSearch::toJson() const
{
    return {{u"countryCode"_s, countryCode},
            {u"type"_s, typeKey(type)},
            {u"areaCode"_s, areaCode},
            {u"contains"_s, contains},
            {u"voice"_s, voice},
            {u"sms"_s, sms},
            {u"mms"_s, mms},
            {u"inRegion"_s, inRegion},
            {u"inPostalCode"_s, inPostalCode},
            {u"nearNumber"_s, nearNumber},
            {u"excludeAddressRequired"_s, excludeAddressRequired}};
}

NumberSearch NumberSearch::fromJson(const QJsonObject &o)
{
    NumberSearch s;
    s.countryCode = o.value(u"countryCode"_s).toString(u"US"_s);
    if (s.countryCode.isEmpty())
        s.countryCode = u"US"_s;
    s.type = typeFromKey(o.value(u"type"_s).toString());
    s.areaCode = o.value(u"areaCode"_s).toString();
    s.contains = o.value(u"contains"_s).toString();
    s.voice = o.value(u"voice"_s).toBool();
    s.sms = o.value(u"sms"_s).toBool();
    s.mms = o.value(u"mms"_s).toBool();
    s.inRegion = o.value(u"inRegion"_s).toString();
    s.inPostalCode = o.value(u"inPostalCode"_s).toString();
    s.nearNumber = o.value(u"nearNumber"_s).toString();
    s.excludeAddressRequired = o.value(u"excludeAddressRequired"_s).toBool();
    return s;
}

QString NumberSearch::describe() const
{
    QString text;
    switch (type) {
    case Type::Local:
        text = tr("Local numbers");
        break;
    case Type::Mobile:
        text = tr("Mobile numbers");
        break;
    case Type::TollFree:
        text = tr("Toll-free numbers");
        break;
    }
    if (!areaCode.isEmpty())
        text += u' ' + tr("in area code %1").arg(areaCode);
    if (!inRegion.isEmpty())
        text += u' ' + tr("in %1").arg(inRegion);
    if (!inPostalCode.isEmpty())
        text += u' ' + tr("near postal code %1").arg(inPostalCode);
    if (!nearNumber.isEmpty())
        text += u' ' + tr("near %1").arg(nearNumber);
    if (!contains.isEmpty())
        text += u' ' + tr("containing “%1”").arg(contains);
    return text;
}
