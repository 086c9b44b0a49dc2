#pragma once

#include "numberinventory.h"
#include "numberpages.h"
#include "router.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

class SandboxDatabase;

// One incoming phone number of the Twilio or SignalWire account, as stored. Values are
// family-neutral (emergency "Active"/"Inactive", empty string for "none"); the wire shape
// of each family is made when answering.
struct NumberRecord
{
    qint64 seq = 0;
    Family family = Family::Twilio;     // Twilio or SignalWire
    QString account;                    // "" for the family's main account, else a
                                        // Twilio subaccount's SID
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
    QString apiVersion = QStringLiteral("2010-04-01");
};

// The `family` column's value: "twilio" or "signalwire".
QString numbersFamilyKey(Family family);

// Inserts many numbers through one prepared statement; the caller owns the transaction.
// Where SandboxDatabase::sqliteHandle() is there, binds UTF-8 straight through the SQLite
// API from one buffer: QSqlQuery's per-value binding costs more than SQLite itself at
// 100,000 rows, and so did SQLite's own UTF-16 conversion.
class NumberWriter
{
public:
    explicit NumberWriter(SandboxDatabase &database);
    ~NumberWriter();
    NumberWriter(const NumberWriter &) = delete;
    NumberWriter &operator=(const NumberWriter &) = delete;

    bool write(NumberRecord *record, QString *error); // fills record->seq

private:
    QSqlQuery m_insert;
    void *m_handle = nullptr; // sqlite3 *, when the fast path is available
    void *m_statement = nullptr; // sqlite3_stmt *
    QByteArray m_text; // the row's text values in UTF-8, bound where they are
};

// Twilio and SignalWire incoming numbers (../shared/api/README.md and
// twilio_api_v2010_numbers.json). Under {prefix}:
//   GET    IncomingPhoneNumbers.json          paged list: PageSize (1..1000, default 50, else
//                                            400 20007), Page (>= 0), PageToken (from
//                                            next_page_uri / previous_page_uri, else 400
//                                            21481); filters PhoneNumber ('*' = any digit),
//                                            FriendlyName (contains), Origin, Beta
//   POST   IncomingPhoneNumbers.json          buy (create): PhoneNumber or AreaCode and every
//                                            create parameter of Validation::numberParameters(),
//                                            checked by Validation::checkNumberRequest(); the
//                                            number comes from NumberInventory. 201.
//   GET    IncomingPhoneNumbers/{Type}.json   Local, Mobile, TollFree: the list and the create
//   POST                                     of that type only (create needs PhoneNumber)
//   GET    IncomingPhoneNumbers/{Sid}.json    one number, or 404 20404
//   POST   IncomingPhoneNumbers/{Sid}.json    update: every update parameter; 200 with the number
//   DELETE IncomingPhoneNumbers/{Sid}.json    release: 204, the number returns to the inventory
// where {prefix} is /2010-04-01/Accounts/{AccountSid} (Twilio, and SignalWire for its helper
// library) or /api/laml/2010-04-01/Accounts/{ProjectId} (SignalWire).
// Page tokens are "PA<seq>" (rows after seq) and "PB<seq>" (rows before seq).
//
// Setting TrunkSid clears VoiceApplicationSid and the reverse. An update's AccountSid (Twilio
// only; moving a number to a subaccount) is accepted when it names the account itself and
// changes nothing; any other SID is 400 20001 and the number stays where it is.
//
// Twilio has a second account, a subaccount of the first (its own SID and token, its own
// numbers): each account sees, buys and changes only its own numbers, and a number either
// owns is for sale to neither.
//
// The lists and the read are written by NumberPages straight into bytes; referenceList()
// and referenceRead() make the same answers the way they were made before it (NumberRecord,
// QJsonObject, QJsonDocument), and the tests hold the fast ones to them byte for byte.
class NumbersApi
{
public:
    NumbersApi(SandboxDatabase &database, const QString &twilioAccountSid,
               const QString &signalwireProjectId, const QString &twilioSubaccountSid = {},
               NumberPages::Access access = NumberPages::Access::Native);
    ~NumbersApi();

    void addRoutes(Router &router);

    // GET IncomingPhoneNumbers.json (`type` "" or that of a typed path) and {Sid}.json.
    HttpReply list(const HttpCall &call, const QString &type);
    HttpReply read(const HttpCall &call);
    HttpReply referenceList(const HttpCall &call, const QString &type);
    HttpReply referenceRead(const HttpCall &call);

private:
    HttpReply create(const HttpCall &call, const QString &type);
    HttpReply update(const HttpCall &call);
    HttpReply release(const HttpCall &call);

    // NumberRecord::account of the caller.
    QString accountOf(const HttpCall &call) const;
    std::optional<NumberRecord> find(const HttpCall &call, const QString &sid) const;
    static QString findSql(); // one number by family, account and SID
    QVariantList findBinds(const HttpCall &call, const QString &sid) const;
    bool store(const NumberRecord &record, QString *error);
    QJsonObject toJson(const NumberRecord &record) const;
    HttpReply notFound(const HttpCall &call) const;

    SandboxDatabase &m_database;
    NumberInventory m_inventory;
    std::unique_ptr<NumberPages> m_pages;
    qsizetype m_bytesPerNumber = 1536; // what a page reserves a number, raised by each page
    QString m_twilioAccountSid;
    QString m_signalwireProjectId;
    QString m_twilioSubaccountSid;
};
