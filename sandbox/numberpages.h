#pragma once

#include "httpexchange.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

class SandboxDatabase;

// The columns of the `numbers` table in the order every SELECT of a number reads them
// (numberColumns()), and NumberWriter writes them (all but Seq).
enum NumberColumn : int {
    SeqColumn, FamilyColumn, SidColumn, PhoneNumberColumn, FriendlyNameColumn, TypeColumn,
    OriginColumn, BetaColumn, StatusColumn, VoiceUrlColumn, VoiceMethodColumn,
    VoiceFallbackUrlColumn, VoiceFallbackMethodColumn, VoiceCallerIdLookupColumn,
    VoiceApplicationSidColumn, VoiceReceiveModeColumn, TrunkSidColumn, SmsUrlColumn,
    SmsMethodColumn, SmsFallbackUrlColumn, SmsFallbackMethodColumn, SmsApplicationSidColumn,
    StatusCallbackColumn, StatusCallbackMethodColumn, AddressSidColumn,
    AddressRequirementsColumn, IdentitySidColumn, BundleSidColumn, EmergencyStatusColumn,
    EmergencyAddressSidColumn, EmergencyAddressStatusColumn, CapVoiceColumn, CapSmsColumn,
    CapMmsColumn, CapFaxColumn, DateCreatedColumn, DateUpdatedColumn, ApiVersionColumn,
    AccountColumn, NumberColumnCount
};

// "seq, family, sid, …, account": every column, in NumberColumn order.
const QString &numberColumns();

// Incoming numbers read from SQL straight into the JSON bytes of an answer: the wire shape
// of each family (NumbersApi::toJson's, byte for byte) written by one writer from the
// family's field list, from a forward-only read of UTF-8 text, with each statement prepared
// once per connection. A page of 1,000 takes about a fifteenth of what QJsonObject took.
//
// Where Qt's SQLite driver runs on the very library the sandbox was built with
// (SandboxDatabase::sqliteHandle()) it reads through SQLite's own API; otherwise, or with
// Access::QtSql, through QSqlQuery. Either way the bytes are those of the QJsonDocument path,
// text that is not well-formed UTF-8 included (it takes the UTF-16 route Qt's driver takes).
//
// Lives on the thread of its database connection, as NumbersApi does.
class NumberPages
{
public:
    enum class Access { Native, QtSql };

    struct Accounts
    {
        QString twilioAccountSid;    // the account_sid of Twilio rows whose account is ''
        QString signalwireProjectId; // the account_sid of every SignalWire row
    };

    // What writeNumbers() wrote.
    struct Rows
    {
        int count = 0;        // numbers written
        bool more = false;    // the query had a row past `limit`
        qint64 firstSeq = 0;  // seq of the first and last written, in the written order
        qint64 lastSeq = 0;
    };

    NumberPages(SandboxDatabase &database, Accounts accounts, Access access = Access::Native);
    ~NumberPages();
    NumberPages(const NumberPages &) = delete;
    NumberPages &operator=(const NumberPages &) = delete;

    // Runs `sql` (a SELECT of numberColumns()) with `binds` and appends at most `limit` of its
    // rows to `out` as the numbers of `family`, separated by commas; `reversed` writes them
    // in the opposite order to the one read. False on an SQL error (`out` then holds part).
    bool writeNumbers(const QString &sql, const QVariantList &binds, Family family, int limit,
                      bool reversed, QByteArray *out, Rows *rows);
    // The first column of the first row of `sql` (a SELECT EXISTS …) as a boolean;
    // nullopt on an SQL error.
    std::optional<bool> exists(const QString &sql, const QVariantList &binds);

    bool isNative() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
