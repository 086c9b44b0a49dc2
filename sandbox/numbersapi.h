#pragma once

#include "router.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

class SandboxDatabase;

// One incoming phone number of the Twilio or SignalWire account, as stored. Values are
// family-neutral (emergency "Active"/"Inactive", empty string for "none"); the wire shape
// of each family is made when answering.
struct NumberRecord
{
    qint64 seq = 0;
    Family family = Family::Twilio;     // Twilio or SignalWire
    QString sid;                        // "PN" + 32 hex, or a UUID for SignalWire
    QString phoneNumber;                // E.164
    QString friendlyName;
    QString type = QStringLiteral("local");     // local, toll-free, mobile
    QString origin;                     // twilio / signalwire / hosted
    bool beta = false;
    QString status = QStringLiteral("in-use");
    QString voiceUrl, voiceMethod = QStringLiteral("POST");
    QString voiceFallbackUrl, voiceFallbackMethod = QStringLiteral("POST");
    bool voiceCallerIdLookup = false;
    QString voiceApplicationSid;
    QString voiceReceiveMode = QStringLiteral("voice");
    QString trunkSid;
    QString smsUrl, smsMethod = QStringLiteral("POST");
    QString smsFallbackUrl, smsFallbackMethod = QStringLiteral("POST");
    QString smsApplicationSid;
    QString statusCallback, statusCallbackMethod = QStringLiteral("POST");
    QString addressSid, addressRequirements = QStringLiteral("none");
    QString identitySid, bundleSid;
    QString emergencyStatus = QStringLiteral("Inactive");
    QString emergencyAddressSid;
    QString emergencyAddressStatus = QStringLiteral("unregistered");
    bool capVoice = true, capSms = true, capMms = true, capFax = false;
    qint64 dateCreated = 0, dateUpdated = 0; // seconds since the epoch, UTC
};

// Inserts many numbers through one prepared statement; the caller owns the transaction.
// Where Qt's SQLite driver exposes its handle, binds straight through the SQLite API:
// QSqlQuery's per-value binding costs more than SQLite itself at 100,000 rows.
class NumberWriter
{
public:
    explicit NumberWriter(const QSqlDatabase &db);
    ~NumberWriter();
    NumberWriter(const NumberWriter &) = delete;
    NumberWriter &operator=(const NumberWriter &) = delete;

    bool write(NumberRecord *record, QString *error); // fills record->seq

private:
    QSqlQuery m_insert;
    void *m_handle = nullptr; // sqlite3 *, when the fast path is available
    void *m_statement = nullptr; // sqlite3_stmt *
};

// Twilio and SignalWire incoming numbers (../shared/api/README.md and
// twilio_api_v2010_numbers.json). For now, reading:
//   GET {prefix}/IncomingPhoneNumbers.json        paged list: PageSize (1..1000, default 50, else
//                                                 400 20007), Page (>= 0), PageToken (from
//                                                 next_page_uri / previous_page_uri, else 400
//                                                 21481); filters PhoneNumber ('*' = any digit),
//                                                 FriendlyName (contains), Origin, Beta
//   GET {prefix}/IncomingPhoneNumbers/{Sid}.json  one number, or 404 20404
// where {prefix} is /2010-04-01/Accounts/{AccountSid} (Twilio, and SignalWire for its helper
// library) or /api/laml/2010-04-01/Accounts/{ProjectId} (SignalWire).
// Page tokens are "PA<seq>" (rows after seq) and "PB<seq>" (rows before seq).
class NumbersApi
{
public:
    NumbersApi(SandboxDatabase &database, const QString &twilioAccountSid,
               const QString &signalwireProjectId);

    void addRoutes(Router &router);

private:
    HttpReply list(const HttpCall &call);
    HttpReply read(const HttpCall &call);

    QJsonObject toJson(const NumberRecord &record) const;

    SandboxDatabase &m_database;
    QString m_twilioAccountSid;
    QString m_signalwireProjectId;
};
