#pragma once

#include "api/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class QJsonArray;
class QJsonDocument;

// The fields of a Properties-family record, as named on the wire ("Name", "TimeZone", ...).
// Forms map a server error's Parameter onto one of these.
enum class PropertyField {
    Name,
    MainDomain,
    TimeZone,
    SmsEnabled,
    CallRecordingEnabled,
    IntegrationsEnabled,
    Active,
};

QString wireName(PropertyField field);                                   // "MainDomain"
std::optional<PropertyField> propertyFieldFromWireName(QStringView name); // case-insensitive

// One property (the contract's "Project Object"): a container for numbers and configuration.
//
//     Property p;
//     if (const ApiError e = Property::fromJson(object, &p); e.isError()) ...;
struct Property
{
    QString accountSid;
    QString propertySid;
    QString name;
    QString mainDomain;
    QString timeZone;                  // Windows time zone ID, "AUS Eastern Standard Time"
    bool smsEnabled = false;
    bool callRecordingEnabled = false;
    bool integrationsEnabled = false;
    bool active = true;

    // Strict: every field of the contract must be present with its JSON type, and the SIDs
    // must look like SIDs. Returns Kind::Malformed naming the first problem, else no error.
    static ApiError fromJson(const QJsonObject &object, Property *out);
    QJsonObject toJson() const;

    static bool isPropertySid(QStringView sid); // "S" + 31 upper-case letters or digits
    static bool isAccountSid(QStringView sid);  // 32 upper-case letters or digits

    friend bool operator==(const Property &a, const Property &b);
    friend bool operator!=(const Property &a, const Property &b) { return !(a == b); }
};
Q_DECLARE_METATYPE(Property)

// One page of GET /v2/Properties, read by PagedEndpoint (api/paging.h) and Property::fromJson.
struct PropertyPage
{
    QList<Property> properties;
    int totalCount = 0;
    QString nextPageToken; // empty on the last page

    // Accepts the array as "Properties" (what servers send) or "Projects" (the document's
    // prose). Any malformed record fails the whole page with Kind::Malformed.
    static ApiError fromJson(const QJsonDocument &document, PropertyPage *out);
    // A page's records, each read with Property::fromJson; the first bad one fails them all
    // with Kind::Malformed naming its position, and *out is then left alone.
    static ApiError propertiesFromRecords(const QJsonArray &records, QList<Property> *out);
};

// The body of a create or single read: {"Property": {...}}. A bare record is accepted too.
ApiError propertyFromDocument(const QJsonDocument &document, Property *out);
