#pragma once

#include "draftsender.h"
#include "properties/propertiesclient.h"

class AccountClient;

// Sends property drafts (DraftKind::Property, payload = PropertyDraft::toJson()) with
// POST /v2/Properties. Properties have no idempotency key, so prepare() notes the SIDs of
// the properties that already match the draft (same Name, MainDomain and TimeZone), and
// reconcile() looks for a matching property that is not one of them.
class PropertyDraftSender : public DraftSender
{
public:
    explicit PropertyDraftSender(AccountClient *client);

    QList<FieldError> check(const Draft &draft) const override;
    void prepare(const Draft &draft, QObject *context, PrepareCallback done) override;
    ApiJob *send(const Draft &draft) override;
    ApiError parseSent(const ApiResult &result, QString *remoteId) const override;
    void reconcile(const Draft &draft, QObject *context, ReconcileCallback done) override;

private:
    using ScanCallback = std::function<void(const QList<Property> &matches, const ApiError &error)>;
    // Reads every page and keeps the properties matching body.
    void findMatches(const QJsonObject &body, QObject *context, ScanCallback done);

    PropertiesClient m_client;
};
