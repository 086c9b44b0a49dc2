#pragma once

#include "drafts/draftsender.h"
#include "numbersclient.h"

// Buys a cart (DraftKind::Purchase, payload = PurchaseDraft::toJson()) one number per step
// (a stepwise sender: see DraftSender). Every purchase names its exact number, so a number is
// never bought twice:
//  - check() refuses a cart whose confirmation does not match it as it is, on this account
//    (PurchaseDraft::confirmationProblem()), and any old area-code item: nothing is bought;
//  - before each purchase, prepare() notes whether the account owns that number already;
//    the note of the step's first attempt stays with the draft when it is sent again
//    (DraftSender: "firstAttempt");
//  - after a lost answer, reconcile() looks the number up: owned now and not before the
//    first attempt is this cart's purchase, however that is learnt (the look-up, or a
//    resend refused with 21422 because the account owns it: checksRefusal());
//  - an old draft's area-code purchase that was in flight is never taken as "the one new
//    number there": every page of the account's numbers in that area code is read, what is
//    new goes to the user as candidates, and nothing is sent again by itself;
//  - a cart that waited in the outbox (offline) more than PurchaseDraft::WaitedSeconds checks
//    that every number is still offered before it buys any, and goes back to the user if one
//    is not.
class PurchaseSender final : public DraftSender
{
public:
    explicit PurchaseSender(AccountClient *client);

    QList<FieldError> check(const Draft &draft) const override;
    void prepare(const Draft &draft, QObject *context, PrepareCallback done) override;
    ApiJob *send(const Draft &draft) override;
    ApiError parseSent(const ApiResult &result, QString *remoteId) const override;
    void reconcile(const Draft &draft, QObject *context, ReconcileCallback done) override;
    QString checkingText(const Draft &draft) const override;
    bool checksRefusal(const Draft &draft, const ApiError &refusal) const override;

    bool isStepwise() const override { return true; }
    QJsonObject recordStep(const Draft &draft, const QString &remoteId,
                           const ApiError &refusal) const override;
    bool hasPendingStep(const Draft &draft) const override;
    DraftEnding finish(const Draft &draft) const override;

private:
    void checkAvailability(const QStringList &numbers, const QList<NumberSearch> &searches,
                           QObject *context, std::function<void(QStringList gone, ApiError)> done);
    void noteOwned(const QString &key, const QString &phoneNumber, QObject *context,
                   PrepareCallback done);
    void reconcileAreaCode(const Draft &draft, const QString &areaCode, QObject *context,
                           ReconcileCallback done);

    NumbersClient m_client;
};
