#include "propertydraft.h"

#include "validation/propertyrules.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int DraftFormatVersion = 1;

bool boolOr(const QJsonObject &object, const QString &key, bool fallback)
{
    const QJsonValue value = object.value(key);
    return value.isBool() ? value.toBool() : fallback;
}
} // namespace

Validation::FieldCheck PropertyDraftCheck::check(PropertyField field) const
{
    switch (field) {
    case PropertyField::Name: return name;
    case PropertyField::MainDomain: return mainDomain;
    case PropertyField::TimeZone: return timeZone;
    default: return Validation::FieldCheck::ok();
    }
}

std::optional<PropertyField> PropertyDraftCheck::firstProblem() const
{
    if (!name.isOk())
        return PropertyField::Name;
    if (!mainDomain.isOk())
        return PropertyField::MainDomain;
    if (!timeZone.isOk())
        return PropertyField::TimeZone;
    return std::nullopt;
}

PropertyDraftCheck PropertyDraft::validate() const
{
    return {
        Validation::checkPropertyName(name),
        Validation::checkMainDomain(mainDomain),
        Validation::checkWindowsTimeZone(timeZone),
    };
}

QJsonObject PropertyDraft::toRequestBody() const
{
    return QJsonObject{
        {u"Name"_s, name.trimmed()},
        {u"MainDomain"_s, mainDomain.trimmed()},
        {u"TimeZone"_s, timeZone},
        {u"SmsEnabled"_s, smsEnabled},
        {u"CallRecordingEnabled"_s, callRecordingEnabled},
        {u"IntegrationsEnabled"_s, integrationsEnabled},
        {u"Active"_s, active},
    };
}

QJsonObject PropertyDraft::toJson() const
{
    return QJsonObject{
        {u"version"_s, DraftFormatVersion},
        {u"Name"_s, name},
        {u"MainDomain"_s, mainDomain},
        {u"TimeZone"_s, timeZone},
        {u"SmsEnabled"_s, smsEnabled},
        {u"CallRecordingEnabled"_s, callRecordingEnabled},
        {u"IntegrationsEnabled"_s, integrationsEnabled},
        {u"Active"_s, active},
    };
}

PropertyDraft PropertyDraft::fromJson(const QJsonObject &object)
{
    PropertyDraft d;
    d.name = object.value(u"Name"_s).toString();
    d.mainDomain = object.value(u"MainDomain"_s).toString();
    d.timeZone = object.value(u"TimeZone"_s).toString();
    d.smsEnabled = boolOr(object, u"SmsEnabled"_s, d.smsEnabled);
    d.callRecordingEnabled = boolOr(object, u"CallRecordingEnabled"_s, d.callRecordingEnabled);
    d.integrationsEnabled = boolOr(object, u"IntegrationsEnabled"_s, d.integrationsEnabled);
    d.active = boolOr(object, u"Active"_s, d.active);
    return d;
}

bool operator==(const PropertyDraft &a, const PropertyDraft &b)
{
    return a.name == b.name && a.mainDomain == b.mainDomain && a.timeZone == b.timeZone
           && a.smsEnabled == b.smsEnabled && a.callRecordingEnabled == b.callRecordingEnabled
           && a.integrationsEnabled == b.integrationsEnabled && a.active == b.active;
}
