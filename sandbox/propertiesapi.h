#pragma once

#include "router.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class SandboxDatabase;

// One Property (a project holding numbers and configuration), as stored.
struct PropertyRecord
{
    qint64 seq = 0;        // creation order; the list's stable order
    QString sid;           // "S" + 31 upper-case letters and digits
    QString name;
    QString mainDomain;
    QString timeZone;      // Windows time zone ID
    bool smsEnabled = false;
    bool callRecordingEnabled = false;
    bool integrationsEnabled = false;
    bool active = true;
    qint64 createdAt = 0;  // seconds since the epoch, UTC
};

// The Properties family (../shared/api/README.md, "Properties"):
//   POST /v2/Properties                 create (JSON body) -> 200 {"Property": {...}}
//   GET  /v2/Properties                 list: Results_Count (1..1000, default 50), Results_Skip
//                                       (>= 0, default 0), NextPageToken (from a previous page;
//                                       Results_Skip then skips further) ->
//                                       {"Properties": [...], "TotalCount": N, "NextPageToken": T|null}
//   GET  /v2/Properties/{PropertySid}   read one -> {"Property": {...}} or 404 NOT_FOUND
// Validation of POST, in this order: a JSON object body, then Name, MainDomain, TimeZone
// present and non-blank (PARAMETER_REQUIRED), then each one as text (valid Unicode, no
// control or bidirectional characters: INVALID_PARAMETER), then each one's rule from
// models/validation/propertyrules.h (INVALID_PARAMETER, UNKNOWN_TIME_ZONE), then the
// optional booleans' types (INVALID_PARAMETER). The first problem found is answered.
class PropertiesApi
{
public:
    PropertiesApi(SandboxDatabase &database, const QString &accountSid);

    void addRoutes(Router &router);

    // Inserts `record`, filling seq (and createdAt when 0). Used by create and the demo seed.
    static bool insert(const QSqlDatabase &db, PropertyRecord *record, QString *error);

private:
    HttpReply create(const HttpCall &call);
    HttpReply list(const HttpCall &call);
    HttpReply read(const HttpCall &call);

    std::optional<PropertyRecord> find(const QString &sid) const;

    SandboxDatabase &m_database;
    QString m_accountSid;
};
