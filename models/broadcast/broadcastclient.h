#pragma once

#include "api/paging.h"
#include "broadcastproject.h"
#include "broadcastreference.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class AccountClient;
class ApiJob;
struct ApiResult;

// A typed layer over a broadcast AccountClient (X-API-Key): projects and the reference
// lists. A small value that does not own the client; jobs are the client's children.
//
//     BroadcastClient broadcast(accountClient);
//     ApiJob *job = broadcast.createProject(body);   // POST /v1/projects, never repeated blindly
//     ... BroadcastClient::parseProject(result, &project) ...
class BroadcastClient
{
public:
    static constexpr int MaxPageSize = PagedEndpoint::MaxPageSize;

    explicit BroadcastClient(AccountClient *client);
    AccountClient *accountClient() const { return m_client; }

    static PagedEndpoint projectsEndpoint(int pageSize = 0);
    ApiJob *createProject(const QJsonObject &body) const;
    ApiJob *project(const QString &id) const;
    // One page of the projects list, after `token` (empty: the first page).
    ApiJob *projects(const QString &token, int pageSize = MaxPageSize) const;

    static ApiError parseProject(const ApiResult &result, BroadcastProject *out);
    // The projects of a list page, and the continuation ("" on the last page).
    static ApiError parseProjects(const ApiResult &result, QList<BroadcastProject> *out,
                                  QString *nextToken);

private:
    AccountClient *m_client;
};

// Reads every page of every reference list (numbers, brands, each brand's campaigns,
// toll-free verifications, link-tracking domains, contact fields) one request at a time and
// ends with finished() exactly once: the whole set, stamped with the time, or the first
// error. Deletes itself after finished(); cancel() ends it with Kind::Cancelled.
//
//     auto *loader = new BroadcastReferenceLoader(client, this);
//     connect(loader, &BroadcastReferenceLoader::finished, this, ...);
//     loader->start();
class BroadcastReferenceLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BroadcastReferenceLoader)

public:
    explicit BroadcastReferenceLoader(AccountClient *client, QObject *parent = nullptr);
    ~BroadcastReferenceLoader() override;

    void start();
    void cancel();

signals:
    void finished(const BroadcastReference &reference, const ApiError &error);

private:
    enum class Stage { Numbers, Brands, Campaigns, Verifications, Domains, ContactFields, Done };
    void requestNext();
    void onPage(const ApiResult &result);
    void end(const ApiError &error);
    PagedEndpoint endpointFor(Stage stage) const;
    ApiError takeRecords(const QJsonArray &records);

    AccountClient *m_client;
    BroadcastReference m_reference;
    Stage m_stage = Stage::Numbers;
    int m_brandIndex = 0; // which brand's campaigns are being read
    PageRequest m_next;
    QPointer<ApiJob> m_job;
    bool m_done = false;
};
