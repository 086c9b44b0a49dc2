#pragma once

#include "broadcastclient.h"
#include "drafts/draftsender.h"

#include <functional>

// Sends broadcast-project drafts (DraftKind::Broadcast, payload = BroadcastDraft::toJson())
// with POST /v1/projects. Before anything leaves, prepare() reads the organisation's reference
// lists afresh and checks the draft against them: a chosen number, brand, campaign,
// verification or domain that is gone puts the draft back to editing with the reason on the
// field (a 422-like error the outbox keeps). Projects have no idempotency key, so prepare()
// also notes the projects that already carry the draft's name, and reconcile() looks for one
// with that name and those numbers that is not among them.
class BroadcastSender final : public DraftSender
{
public:
    explicit BroadcastSender(AccountClient *client);

    QList<FieldError> check(const Draft &draft) const override;
    void prepare(const Draft &draft, QObject *context, PrepareCallback done) override;
    ApiJob *send(const Draft &draft) override;
    ApiError parseSent(const ApiResult &result, QString *remoteId) const override;
    void reconcile(const Draft &draft, QObject *context, ReconcileCallback done) override;

private:
    using ScanCallback = std::function<void(const QList<BroadcastProject> &named, const ApiError &error)>;
    // Every page of the projects list; keeps those named `name`.
    void findNamed(const QString &name, QObject *context, ScanCallback done);

    BroadcastClient m_client;
};
