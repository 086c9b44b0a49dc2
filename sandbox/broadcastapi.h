#pragma once

#include "router.h"

#include <QSqlDatabase>
#include <QString>

class SandboxDatabase;

// One sending number of the broadcast organisation.
struct BroadcastNumberRecord
{
    qint64 seq = 0;
    QString id;                     // "pn_" + 24 hex
    QString phoneNumber;            // E.164
    QString type;                   // "local" or "toll-free"
    QString tollFreeVerificationId; // "tfv_" + 24 hex for a toll-free number, else empty
    qint64 createdAt = 0;
};

// The Broadcast family's reference lists (../shared/api/README.md, "Broadcast projects").
// Every list is paged the same way:
//   GET /v1/phone_numbers?limit=50&page_token=T
//     limit 1..1000 (default 50), page_token from a previous page's next_page ->
//     {"data": [{"id", "phone_number", "type", "toll_free_verification_id"}...],
//      "total": N, "next_page": T|null}
//   A bad limit or page_token is 422 {"errors": [{"field": "limit", "code": "invalid", ...}]}.
class BroadcastApi
{
public:
    explicit BroadcastApi(SandboxDatabase &database);

    void addRoutes(Router &router);

    static bool insertNumber(const QSqlDatabase &db, BroadcastNumberRecord *record,
                             QString *error);

private:
    HttpReply listPhoneNumbers(const HttpCall &call);

    SandboxDatabase &m_database;
};
