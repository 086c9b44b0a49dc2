#pragma once

#include "api/apierror.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

struct IncomingNumber;

// The text fields of a number that repeat across an account (URLs, methods, SIDs of
// applications and trunks, statuses): kept once in a StringPool and referred to by index.
// The order is fixed (it is part of the cache's row format: add at the end only).
enum class NumberField : quint8 {
    AccountSid,
    Status,
    Type,
    Origin,
    EmergencyStatus,
    EmergencyAddressStatus,
    AddressRequirements,
    Region, // "California", "London": where the number is, from libphonenumber's geocoder
    VoiceUrl,
    VoiceMethod,
    VoiceFallbackUrl,
    VoiceFallbackMethod,
    VoiceCallerIdLookup, // "true"/"false"
    VoiceApplicationSid,
    TrunkSid,
    VoiceReceiveMode,
    StatusCallback,
    StatusCallbackMethod,
    SmsUrl,
    SmsMethod,
    SmsFallbackUrl,
    SmsFallbackMethod,
    SmsApplicationSid,
    EmergencyAddressSid,
    AddressSid,
    IdentitySid,
    BundleSid,
    ApiVersion,
    Count
};
constexpr int NumberFieldCount = int(NumberField::Count);

// Interned strings: each distinct text once, index 0 the empty string. Append-only, so an
// index stays valid; not thread-safe (each thread builds its own and hands it over).
class StringPool
{
public:
    StringPool();
    quint32 intern(const QString &text);
    const QString &at(quint32 index) const { return m_strings.at(index); }
    int size() const { return int(m_strings.size()); }
    const QList<QString> &strings() const { return m_strings; }
    // The indexes here of another pool's strings, in its order (adding what is missing).
    QList<quint32> adopt(const QList<QString> &strings);
    void clear();

private:
    QList<QString> m_strings;
    QHash<QString, quint32> m_index;
};

// A page's pool while it is read (a list page, rows from the cache): each distinct text
// once, looked up by its UTF-8 bytes before they are decoded, as most texts repeat.
class PageStrings
{
public:
    PageStrings();
    quint32 intern(QByteArrayView utf8);
    const StringPool &pool() const { return m_pool; }
    // The strings so far, for a page to carry; the next page starts a pool of its own.
    QList<QString> take();

private:
    StringPool m_pool;
    QHash<QByteArray, quint32> m_byBytes;
};

// One number as the bulk-review table keeps it: a compact value (about 300 bytes with its
// strings), with every field the configuration form and the checks need, its dates as
// integers and its problems computed once when it arrives.
struct NumberRow
{
    enum Capability : quint8 { Voice = 1, Sms = 2, Mms = 4, Fax = 8 };

    QString sid;
    QString phoneNumber;  // E.164
    QString friendlyName;
    qint64 created = 0;   // ms since the epoch, UTC
    qint64 updated = 0;
    std::array<quint32, NumberFieldCount> fields{}; // StringPool indexes
    quint32 problems = 0; // NumberChecks::Problem bits
    quint8 capabilities = 0;
    bool beta = false;

    bool has(Capability c) const { return capabilities & c; }
    quint32 field(NumberField f) const { return fields[size_t(f)]; }
    void setField(NumberField f, quint32 index) { fields[size_t(f)] = index; }

    friend bool operator==(const NumberRow &a, const NumberRow &b)
    {
        return a.sid == b.sid && a.phoneNumber == b.phoneNumber && a.friendlyName == b.friendlyName
               && a.created == b.created && a.updated == b.updated && a.fields == b.fields
               && a.problems == b.problems && a.capabilities == b.capabilities && a.beta == b.beta;
    }
    friend bool operator!=(const NumberRow &a, const NumberRow &b) { return !(a == b); }
};
Q_DECLARE_TYPEINFO(NumberRow, Q_RELOCATABLE_TYPE);

// The wire names of the fields: JSON keys of the providers' number resource and, for the
// create/update parameters, the parameter names the forms and drafts use.
namespace NumberFields {
QLatin1StringView jsonKey(NumberField field);
// "VoiceUrl"; empty for fields that are no parameter (Status, Region...).
QString parameter(NumberField field);
} // namespace NumberFields

// Between the compact row and the IncomingNumber the form and the senders use. Both ways
// keep every field (a row made from a number converts back to the same number).
IncomingNumber toIncomingNumber(const NumberRow &row, const StringPool &pool, ApiFamily family);
NumberRow fromIncomingNumber(const IncomingNumber &number, StringPool *pool);
