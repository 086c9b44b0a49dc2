#pragma once

#include "drafts/draftsender.h"
#include "numbersclient.h"

// Sends number-edit drafts (DraftKind::NumberEdit, payload = NumberEditDraft::toJson()) as one
// update of the number's changed parameters. An update sets values, so repeating it is
// harmless: a lost answer is reconciled by reading the number and comparing it with the
// changes (all there: Sent; otherwise sent again).
class NumberEditSender final : public DraftSender
{
public:
    explicit NumberEditSender(AccountClient *client);

    QList<FieldError> check(const Draft &draft) const override;
    ApiJob *send(const Draft &draft) override;
    ApiError parseSent(const ApiResult &result, QString *remoteId) const override;
    void reconcile(const Draft &draft, QObject *context, ReconcileCallback done) override;

private:
    NumbersClient m_client;
};
