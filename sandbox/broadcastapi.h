#pragma once

#include "router.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class SandboxDatabase;

// One sending number of a broadcast organisation.
struct BroadcastNumberRecord
{
    qint64 seq = 0;
    QString id;                     // "pn_" + 24 hex
    QString org;                    // BroadcastApi::PrimaryOrg or OtherOrg
    QString phoneNumber;            // E.164
    QString type;                   // "local" or "toll-free"
    QString tollFreeVerificationId; // "tfv_" + 24 hex for a toll-free number, else empty
    qint64 createdAt = 0;
};

// A project as stored, after Validation::normalizedBroadcastProject().
struct BroadcastProjectRecord
{
    QString id;  // "prj_" + 24 hex; made by insertProject() when empty
    QString org;
    QString name;
    QString type = QStringLiteral("broadcast");
    QString status = QStringLiteral("draft");
    QString messageType = QStringLiteral("sms");
    QString channel = QStringLiteral("10dlc");
    QStringList phoneNumberIds; // in the order given
    QString brandId, campaignId, tollFreeVerificationId; // empty: absent (null on the wire)
    bool linkTrackingEnabled = false;
    QString linkTrackingDestinationUrl, linkTrackingDomainId, linkTrackingParamField;
    qint64 createdAt = 0; // seconds since the epoch, UTC; now when 0
};

// The Broadcast family (../shared/api/README.md, "Broadcast projects"): the reference lists,
// projects, and the sticky sender. Every row belongs to an organisation, and the caller's
// organisation comes from its X-API-Key (HttpCall::accountId): every query is scoped by it,
// so another organisation's resources are 404 and absent from lists.
//
// Every list is paged the same way, in creation order:
//   GET /v1/phone_numbers?limit=50&page_token=T
//     limit 1..1000 (default 50), page_token from a previous page's next_page ->
//     {"data": [...], "total": N, "next_page": T|null}
//   A bad limit or page_token is 422 {"errors": [{"field": "limit", "code": "invalid", ...}]}.
// Lists: phone_numbers, brands, campaigns (?brand_id=: an unknown brand is 404),
// toll_free_verifications, link_tracking_domains, contact_fields, projects.
// POST /v1/projects checks the body with Validation::checkBroadcastProject() (every error at
// once, 422) and answers 201 with the project in "draft"; GET /v1/projects/{id} reads one.
class BroadcastApi
{
public:
    // The two demo organisations; the start line's "api_key" is the primary's,
    // "other_org_api_key" the other's.
    static const QString PrimaryOrg;
    static const QString OtherOrg;

    explicit BroadcastApi(SandboxDatabase &database);

    void addRoutes(Router &router);

    // Stores a project and its numbers (the caller holds the transaction).
    static bool insertProject(const QSqlDatabase &db, BroadcastProjectRecord *record,
                              QString *error);
    // The project as the API answers it; an empty object when `org` has no such project.
    static QJsonObject projectJson(const QSqlDatabase &db, const QString &org,
                                   const QString &projectId);

    // Sticky sender: the number of `projectId` that sends to `recipient`. The first message
    // to a recipient picks one of the project's numbers at random (drawn from `rng`) and
    // stores it; every later one gets the same number. Empty, with *error set, for a project
    // without numbers or a failed write. No API reads it: the contract only promises the
    // behaviour (see README.md).
    static QString stickySender(const QSqlDatabase &db, const QString &projectId,
                                const QString &recipient, QRandomGenerator &rng,
                                QString *error);

private:
    HttpReply listProjects(const HttpCall &call);
    HttpReply getProject(const HttpCall &call);
    HttpReply createProject(const HttpCall &call);

    SandboxDatabase &m_database;
};
