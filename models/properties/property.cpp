#include "property.h"

#include "api/apijob.h"
#include "api/paging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Tr::tr() translates in the "Property" context. A class, so that lupdate files the texts
// under that context too: it cannot tell the context of a free tr() function.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Property)
};

ApiError malformed(const QString &why)
{
    return ApiError::transport(ApiError::Kind::Malformed, why);
}

bool isSidChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isSid(QStringView sid)
{
    if (sid.size() != 32)
        return false;
    for (QChar c : sid) {
        if (!isSidChar(c))
            return false;
    }
    return true;
}

// Reads a required string; returns false and sets *error naming the key otherwise.
bool readString(const QJsonObject &object, QLatin1StringView key, QString *out, ApiError *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        *error = malformed(value.isUndefined()
                               ? Tr::tr("A property record has no “%1”.").arg(key)
                               : Tr::tr("A property record's “%1” is not a string.").arg(key));
        return false;
    }
    *out = value.toString();
    return true;
}

bool readBool(const QJsonObject &object, QLatin1StringView key, bool *out, ApiError *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool()) {
        *error = malformed(value.isUndefined()
                               ? Tr::tr("A property record has no “%1”.").arg(key)
                               : Tr::tr("A property record's “%1” is not true or false.").arg(key));
        return false;
    }
    *out = value.toBool();
    return true;
}

} // namespace

QString wireName(PropertyField field)
{
    switch (field) {
    case PropertyField::Name: return u"Name"_s;
    case PropertyField::MainDomain: return u"MainDomain"_s;
    case PropertyField::TimeZone: return u"TimeZone"_s;
    case PropertyField::SmsEnabled: return u"SmsEnabled"_s;
    case PropertyField::CallRecordingEnabled: return u"CallRecordingEnabled"_s;
    case PropertyField::IntegrationsEnabled: return u"IntegrationsEnabled"_s;
    case PropertyField::Active: return u"Active"_s;
    }
    return {};
}

std::optional<PropertyField> propertyFieldFromWireName(QStringView name)
{
    static constexpr PropertyField all[] = {
        PropertyField::Name, PropertyField::MainDomain, PropertyField::TimeZone,
        PropertyField::SmsEnabled, PropertyField::CallRecordingEnabled,
        PropertyField::IntegrationsEnabled, PropertyField::Active,
    };
    const QStringView trimmed = name.trimmed();
    for (PropertyField field : all) {
        if (trimmed.compare(wireName(field), Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

bool Property::isPropertySid(QStringView sid)
{
    return isSid(sid) && sid.startsWith(u'S');
}

bool Property::isAccountSid(QStringView sid)
{
    return isSid(sid);
}

ApiError Property::fromJson(const QJsonObject &object, Property *out)
{
    Property p;
    ApiError error;
    if (!readString(object, "AccountSid"_L1, &p.accountSid, &error)
        || !readString(object, "PropertySid"_L1, &p.propertySid, &error)
        || !readString(object, "Name"_L1, &p.name, &error)
        || !readString(object, "MainDomain"_L1, &p.mainDomain, &error)
        || !readString(object, "TimeZone"_L1, &p.timeZone, &error)
        || !readBool(object, "SmsEnabled"_L1, &p.smsEnabled, &error)
        || !readBool(object, "CallRecordingEnabled"_L1, &p.callRecordingEnabled, &error)
        || !readBool(object, "IntegrationsEnabled"_L1, &p.integrationsEnabled, &error)
        || !readBool(object, "Active"_L1, &p.active, &error)) {
        return error;
    }
    if (!isPropertySid(p.propertySid))
        return malformed(Tr::tr("“%1” is not a property SID.").arg(p.propertySid));
    if (!isAccountSid(p.accountSid))
        return malformed(Tr::tr("“%1” is not an account SID.").arg(p.accountSid));
    *out = p;
    return {};
}

QJsonObject Property::toJson() const
{
    return QJsonObject{
        {u"AccountSid"_s, accountSid},
        {u"PropertySid"_s, propertySid},
        {u"Name"_s, name},
        {u"MainDomain"_s, mainDomain},
        {u"TimeZone"_s, timeZone},
        {u"SmsEnabled"_s, smsEnabled},
        {u"CallRecordingEnabled"_s, callRecordingEnabled},
        {u"IntegrationsEnabled"_s, integrationsEnabled},
        {u"Active"_s, active},
    };
}

bool operator==(const Property &a, const Property &b)
{
    return a.accountSid == b.accountSid && a.propertySid == b.propertySid && a.name == b.name
           && a.mainDomain == b.mainDomain && a.timeZone == b.timeZone
           && a.smsEnabled == b.smsEnabled && a.callRecordingEnabled == b.callRecordingEnabled
           && a.integrationsEnabled == b.integrationsEnabled && a.active == b.active;
}

ApiError PropertyPage::fromJson(const QJsonDocument &document, PropertyPage *out)
{
    ApiResult result;
    result.httpStatus = 200;
    result.json = document;
    const PageResult read = PagedEndpoint::properties().parsePage(result);
    if (!read.ok())
        return read.error;

    PropertyPage page;
    if (const ApiError error = propertiesFromRecords(read.records, &page.properties);
        error.isError())
        return error;
    page.totalCount = int(qMin<qint64>(read.totalCount, std::numeric_limits<int>::max()));
    page.nextPageToken = read.nextToken;
    *out = page;
    return {};
}

ApiError PropertyPage::propertiesFromRecords(const QJsonArray &records, QList<Property> *out)
{
    QList<Property> properties;
    properties.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!records.at(i).isObject())
            return malformed(Tr::tr("Record %1 of the list is not an object.").arg(i + 1));
        Property p;
        if (const ApiError error = Property::fromJson(records.at(i).toObject(), &p); error.isError())
            return malformed(Tr::tr("Record %1 of the list: %2").arg(i + 1).arg(error.message()));
        properties.append(p);
    }
    *out = properties;
    return {};
}

ApiError propertyFromDocument(const QJsonDocument &document, Property *out)
{
    if (!document.isObject())
        return malformed(Tr::tr("The property is not a JSON object."));
    const QJsonObject root = document.object();
    const QJsonValue wrapped = root.value("Property"_L1);
    if (wrapped.isObject())
        return Property::fromJson(wrapped.toObject(), out);
    if (!wrapped.isUndefined())
        return malformed(Tr::tr("The answer's “Property” is not an object."));
    return Property::fromJson(root, out);
}
