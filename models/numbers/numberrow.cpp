#include "numberrow.h"

#include "incomingnumber.h"
#include "validation/numberrules.h"

using namespace Qt::StringLiterals;

namespace {
struct FieldName
{
    NumberField field;
    const char *json;
    const char *parameter; // null: not a create/update parameter
};

// In NumberField order.
constexpr FieldName fieldNames[] = {
    {NumberField::AccountSid, "account_sid", "AccountSid"},
    {NumberField::Status, "status", nullptr},
    {NumberField::Type, "type", nullptr},
    {NumberField::Origin, "origin", nullptr},
    {NumberField::EmergencyStatus, "emergency_status", "EmergencyStatus"},
    {NumberField::EmergencyAddressStatus, "emergency_address_status", nullptr},
    {NumberField::AddressRequirements, "address_requirements", nullptr},
    {NumberField::Region, "", nullptr},
    {NumberField::VoiceUrl, "voice_url", "VoiceUrl"},
    {NumberField::VoiceMethod, "voice_method", "VoiceMethod"},
    {NumberField::VoiceFallbackUrl, "voice_fallback_url", "VoiceFallbackUrl"},
    {NumberField::VoiceFallbackMethod, "voice_fallback_method", "VoiceFallbackMethod"},
    {NumberField::VoiceCallerIdLookup, "voice_caller_id_lookup", "VoiceCallerIdLookup"},
    {NumberField::VoiceApplicationSid, "voice_application_sid", "VoiceApplicationSid"},
    {NumberField::TrunkSid, "trunk_sid", "TrunkSid"},
    {NumberField::VoiceReceiveMode, "voice_receive_mode", "VoiceReceiveMode"},
    {NumberField::StatusCallback, "status_callback", "StatusCallback"},
    {NumberField::StatusCallbackMethod, "status_callback_method", "StatusCallbackMethod"},
    {NumberField::SmsUrl, "sms_url", "SmsUrl"},
    {NumberField::SmsMethod, "sms_method", "SmsMethod"},
    {NumberField::SmsFallbackUrl, "sms_fallback_url", "SmsFallbackUrl"},
    {NumberField::SmsFallbackMethod, "sms_fallback_method", "SmsFallbackMethod"},
    {NumberField::SmsApplicationSid, "sms_application_sid", "SmsApplicationSid"},
    {NumberField::EmergencyAddressSid, "emergency_address_sid", "EmergencyAddressSid"},
    {NumberField::AddressSid, "address_sid", "AddressSid"},
    {NumberField::IdentitySid, "identity_sid", "IdentitySid"},
    {NumberField::BundleSid, "bundle_sid", "BundleSid"},
    {NumberField::ApiVersion, "api_version", "ApiVersion"},
};
static_assert(std::size(fieldNames) == size_t(NumberFieldCount), "one name for every field");

Validation::NumberFamily rulesFamily(ApiFamily family)
{
    return family == ApiFamily::SignalWire ? Validation::NumberFamily::SignalWire
                                           : Validation::NumberFamily::Twilio;
}

bool appliesTo(const Validation::NumberParameter &p, ApiFamily family)
{
    return p.onUpdate && (rulesFamily(family) == Validation::NumberFamily::Twilio ? p.twilio : p.signalWire);
}
} // namespace

StringPool::StringPool()
{
    m_strings.append(QString());
    m_index.insert(QString(), 0);
}

quint32 StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto it = m_index.constFind(text);
    if (it != m_index.cend())
        return *it;
    const quint32 index = quint32(m_strings.size());
    m_strings.append(text);
    m_index.insert(text, index);
    return index;
}

QList<quint32> StringPool::adopt(const QList<QString> &strings)
{
    QList<quint32> map;
    map.reserve(strings.size());
    for (const QString &s : strings)
        map.append(intern(s));
    return map;
}

void StringPool::clear()
{
    m_strings.clear();
    m_index.clear();
    m_strings.append(QString());
    m_index.insert(QString(), 0);
}

PageStrings::PageStrings() = default;

quint32 PageStrings::intern(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return 0;
    // Most texts repeat (URLs, methods, statuses): look the bytes up before decoding them.
    const QByteArray raw = QByteArray::fromRawData(utf8.data(), utf8.size());
    if (const auto it = m_byBytes.constFind(raw); it != m_byBytes.cend())
        return *it;
    const quint32 index = m_pool.intern(QString::fromUtf8(utf8.data(), utf8.size()));
    m_byBytes.insert(QByteArray(utf8.data(), utf8.size()), index);
    return index;
}

QList<QString> PageStrings::take()
{
    // The next page starts a pool of its own; its rows must not index this one's.
    QList<QString> strings = m_pool.strings();
    m_pool.clear();
    m_byBytes.clear();
    return strings;
}

QLatin1StringView NumberFields::jsonKey(NumberField field)
{
    return QLatin1StringView(fieldNames[size_t(field)].json);
}

QString NumberFields::parameter(NumberField field)
{
    const char *name = fieldNames[size_t(field)].parameter;
    return name ? QString::fromLatin1(name) : QString();
}

IncomingNumber toIncomingNumber(const NumberRow &row, const StringPool &pool, ApiFamily family)
{
    IncomingNumber n;
    const auto text = [&](NumberField f) { return pool.at(row.field(f)); };
    n.sid = row.sid;
    n.phoneNumber = row.phoneNumber;
    n.accountSid = text(NumberField::AccountSid);
    n.voice = row.has(NumberRow::Voice);
    n.sms = row.has(NumberRow::Sms);
    n.mms = row.has(NumberRow::Mms);
    n.fax = row.has(NumberRow::Fax);
    n.status = text(NumberField::Status);
    n.type = text(NumberField::Type);
    n.origin = text(NumberField::Origin);
    n.beta = row.beta;
    n.emergencyStatus = text(NumberField::EmergencyStatus);
    n.emergencyAddressStatus = text(NumberField::EmergencyAddressStatus);
    n.addressRequirements = text(NumberField::AddressRequirements);
    n.dateCreated = QDateTime::fromMSecsSinceEpoch(row.created, Qt::UTC);
    n.dateUpdated = QDateTime::fromMSecsSinceEpoch(row.updated, Qt::UTC);
    // The parameters as IncomingNumber::fromJson() keeps them: the family's own, normalised.
    for (const Validation::NumberParameter &p : Validation::numberParameters()) {
        if (!appliesTo(p, family))
            continue;
        QString value;
        if (p.name == u"FriendlyName") {
            value = row.friendlyName;
        } else {
            for (const FieldName &f : fieldNames) {
                if (f.parameter && p.name == QLatin1StringView(f.parameter)) {
                    value = text(f.field);
                    break;
                }
            }
        }
        n.values.insert(p.name, Validation::normalizedNumberValue(p, value));
    }
    return n;
}

NumberRow fromIncomingNumber(const IncomingNumber &n, StringPool *pool)
{
    NumberRow row;
    row.sid = n.sid;
    row.phoneNumber = n.phoneNumber;
    row.friendlyName = n.friendlyName();
    row.created = n.dateCreated.isValid() ? n.dateCreated.toMSecsSinceEpoch() : 0;
    row.updated = n.dateUpdated.isValid() ? n.dateUpdated.toMSecsSinceEpoch() : 0;
    row.capabilities = quint8((n.voice ? NumberRow::Voice : 0) | (n.sms ? NumberRow::Sms : 0)
                              | (n.mms ? NumberRow::Mms : 0) | (n.fax ? NumberRow::Fax : 0));
    row.beta = n.beta;
    for (const FieldName &f : fieldNames) {
        QString value;
        switch (f.field) {
        case NumberField::AccountSid: value = n.accountSid; break;
        case NumberField::Status: value = n.status; break;
        case NumberField::Type: value = n.type; break;
        case NumberField::Origin: value = n.origin; break;
        case NumberField::EmergencyStatus: value = n.emergencyStatus; break;
        case NumberField::EmergencyAddressStatus: value = n.emergencyAddressStatus; break;
        case NumberField::AddressRequirements: value = n.addressRequirements; break;
        case NumberField::Region: break; // filled by whoever reads the number (geocoder)
        default: value = n.value(QString::fromLatin1(f.parameter)); break;
        }
        row.setField(f.field, pool->intern(value));
    }
    return row;
}
